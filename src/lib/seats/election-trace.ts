/**
 * The seat trace of an election in the default dataset (e.g. TK2023) for the explainer pages: reads
 * the committed snapshot, runs the engine at build time and words the result. The component
 * (ElectionSeatTrace.astro) only renders what this returns; it never calls the engine itself.
 */
import { allocateSeats } from '../apportionment/index.ts';
import type { Locale } from '../i18n/locales.ts';
import { exampleSeatInput } from '../results/example-input.ts';
import { seatTraceView, type SeatTraceView } from './trace-view.ts';

export async function electionSeatTraceView(election: string, locale: Locale): Promise<SeatTraceView> {
  const result = allocateSeats(await exampleSeatInput(election));
  return seatTraceView(result, locale);
}
