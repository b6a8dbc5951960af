import { describe, expect, it } from 'vitest';
import { homeView } from '../../../src/lib/home/home-view.ts';

describe('home page', () => {
  it('sends municipalities to the widget configurator and shows the next election', () => {
    const nl = homeView('nl', '2026-11-26');
    expect(nl.audiences.find((c) => c.title === 'Ik werk bij een gemeente')?.href).toBe('/insluiten/');
    expect(nl.next?.line).toContain('17 maart 2027');
    const en = homeView('en', '2026-11-26');
    expect(en.audiences.map((c) => c.href)).toContain('/en/embed/');
  });
});
