import { postcodeCentroids } from '../../../lib/finder/data.ts';

/** Postcode areas with a polling place → mean position (for the finder's postcode search). */
export function GET(): Response {
  return new Response(JSON.stringify(postcodeCentroids()), {
    headers: { 'Content-Type': 'application/json' },
  });
}
