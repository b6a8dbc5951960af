/** The committed processen-verbaal address file, content/pv/<election>.json (written by `npm run data`). */
import type { PvForm } from './match.ts';

export const PV_FORMAT = 'open-telling/pv-links@1';

export interface PvLink {
  url: string;
  /** The model the file name names (N 10-1, Na 31-2, corrigendum…), when it does. */
  form?: PvForm;
  /** SHA-256 of the PDF as the volunteer archive downloaded it, when listed in its SHA256SUMS. */
  sha256?: string;
}

export interface PvMunicipality {
  code: string;
  name: string;
  /** Addresses listed for this municipality. */
  files: number;
  municipal: PvLink[];
  control: PvLink[];
  /** Station number (as in the count files' SB<n>, without leading zeros) → its files. */
  stations: Record<string, PvLink[]>;
  /** Files no rule could place, with the reason: listed, never guessed. */
  unmatched: (PvLink & { reason: string })[];
}

export interface PvFile {
  format: typeof PV_FORMAT;
  election: string;
  source: { origin: string; folder: string };
  summary: {
    municipalities: number;
    files: number;
    stations: number;
    municipal: number;
    control: number;
    unmatched: number;
  };
  municipalities: PvMunicipality[];
}
