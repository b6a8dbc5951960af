/**
 * Geometry of two drawings for the explainer (issue 16): a ballot paper (stembiljet) with lists in
 * columns and one red box filled in, and a counting table with the ballots sorted into stacks per list.
 * Plain data for the components; the words come from the dictionary (namespace `illustration.`).
 */

export interface BallotPaperLayout {
  width: number;
  height: number;
  columns: {
    x: number;
    titleY: number;
    /** One row per candidate: the box and where the name goes. */
    rows: { boxX: number; boxY: number; textX: number; textY: number; voted: boolean }[];
  }[];
  box: number;
}

/** A ballot of `lists` columns with `candidates` rows each; `vote` = [list index, candidate index]. */
export function ballotPaperLayout(
  lists: number,
  candidates: number,
  vote: [number, number],
): BallotPaperLayout {
  const colWidth = 150; // two columns: about 330 units wide, so the text stays legible at 360 px
  const margin = 16;
  const rowHeight = 30;
  const box = 16;
  const top = 56;
  const width = margin * 2 + colWidth * lists;
  const height = top + 28 + candidates * rowHeight + margin;
  return {
    width,
    height,
    box,
    columns: Array.from({ length: lists }, (_, l) => {
      const x = margin + l * colWidth;
      return {
        x,
        titleY: top,
        rows: Array.from({ length: candidates }, (_, c) => ({
          boxX: x + 4,
          boxY: top + 16 + c * rowHeight,
          textX: x + 4 + box + 8,
          textY: top + 16 + c * rowHeight + box - 3,
          voted: l === vote[0] && c === vote[1],
        })),
      };
    }),
  };
}

export interface CountingTableLayout {
  width: number;
  height: number;
  tableY: number;
  stacks: { x: number; label: string; sheets: { y: number }[]; countY: number; count: number }[];
  sheetWidth: number;
}

/** Stacks of ballots on a table: one per list, then blank and invalid; height grows with the count. */
export function countingTableLayout(
  stacks: readonly { label: string; count: number }[],
): CountingTableLayout {
  // Sized so the drawing is about 340 units wide: at 360 px its 14-unit text stays about 14 px.
  const sheetWidth = 64;
  const gap = 16;
  const margin = 16;
  const maxSheets = 12;
  const largest = Math.max(1, ...stacks.map((s) => s.count));
  const tableY = 40 + maxSheets * 6 + 16;
  const width = margin * 2 + stacks.length * sheetWidth + (stacks.length - 1) * gap;
  return {
    width,
    height: tableY + 70,
    tableY,
    sheetWidth,
    stacks: stacks.map((s, i) => {
      const sheets = Math.max(1, Math.round((s.count / largest) * maxSheets));
      return {
        x: margin + i * (sheetWidth + gap),
        label: s.label,
        count: s.count,
        sheets: Array.from({ length: sheets }, (_, k) => ({ y: tableY - 10 - k * 6 })),
        countY: tableY + 48,
      };
    }),
  };
}
