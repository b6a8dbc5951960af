/**
 * Drawing of lots. The engine never guesses: when equal remainders, averages or vote counts
 * decide a seat, it asks for a lot (the centraal stembureau draws it in public session) and stops,
 * unless the outcome was given as input (`lots`, consumed in the order they were asked for).
 */
import type { DrawingOfLots, LotOutcome, Step } from './types.ts';

/** Thrown inside the engine to stop at a tie that needs a lot; caught by `allocateSeats`. */
export class LotsRequired extends Error {
  readonly drawing: DrawingOfLots;
  constructor(drawing: DrawingOfLots) {
    super(`drawing of lots required at ${drawing.at}: options ${drawing.options.join(', ')}`);
    this.drawing = drawing;
  }
}

/** A lot outcome that does not fit the tie it answers: an input error. */
export class LotInputError extends Error {
  readonly path: string;
  constructor(path: string, message: string) {
    super(message);
    this.path = path;
  }
}

export class LotBox {
  private readonly outcomes: readonly LotOutcome[];
  private readonly steps: Step[];
  private next = 0;

  constructor(outcomes: readonly LotOutcome[], steps: Step[]) {
    this.outcomes = outcomes;
    this.steps = steps;
  }

  /** The drawn option for this tie, or throws LotsRequired when no outcome is left. */
  draw(drawing: DrawingOfLots): number | string {
    const index = this.next;
    const outcome = this.outcomes[index];
    if (outcome === undefined) throw new LotsRequired(drawing);
    this.next += 1;
    const path = `lots[${index}]`;
    if (outcome.at !== undefined && outcome.at !== drawing.at) {
      throw new LotInputError(
        path,
        `this lot answers "${outcome.at}" but the engine needs a lot for "${drawing.at}" (options ${JSON.stringify(drawing.options)}); give the lots in the order the engine asks for them`,
      );
    }
    const winner = drawing.options.find((o) => String(o) === String(outcome.winner));
    if (winner === undefined) {
      throw new LotInputError(
        path,
        `winner ${JSON.stringify(outcome.winner)} is not one of the tied options ${JSON.stringify(drawing.options)} for "${drawing.at}"`,
      );
    }
    this.steps.push({ type: 'lot', at: drawing.at, winner, options: drawing.options });
    return winner;
  }

  /** Outcomes given but never needed are an input error too: they would be silently ignored. */
  unused(): number {
    return this.outcomes.length - this.next;
  }
}
