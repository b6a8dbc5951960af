/**
 * The colour of a list on the results charts. The stable colour-blind-safe colour per list comes from
 * the maps work (branch `maps`); until it is merged every bar has the site's primary colour, which is
 * safe for every reader because every bar is labelled directly.
 */
import { DEFAULT_BAR_COLOUR } from '../charts/bars.ts';
import type { ResultsElection } from './election.ts';

export function listColour(_election: ResultsElection, _list: string, _name: string): string {
  return DEFAULT_BAR_COLOUR;
}
