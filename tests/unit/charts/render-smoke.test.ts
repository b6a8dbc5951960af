import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { expect, it } from 'vitest';
import Hemicycle from '../../../src/components/charts/Hemicycle.astro';
import { listColours } from '../../../src/lib/charts/list-colours.ts';

it('renders', async () => {
  const c = await AstroContainer.create();
  const lists = [
    { list: '1', name: 'A', seats: 5 },
    { list: '2', name: 'B', seats: 4 },
  ];
  const html = await c.renderToString(Hemicycle, {
    props: {
      locale: 'nl',
      id: 'x',
      lists,
      colours: listColours(lists.map((l) => ({ ...l, votes: l.seats }))),
      title: 'T',
      caption: 'C',
    },
  });
  expect(html).toContain('<circle');
});
