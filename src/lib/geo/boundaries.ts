/**
 * Importer step for municipality boundaries: a GeoJSON FeatureCollection in RD New (EPSG:28992,
 * metres) becomes a small, quantized and simplified TopoJSON topology that is committed under
 * content/geo/ (the site build never reads ../shared/data). Shared borders are stored once (topology),
 * simplified with Visvalingam weights (topojson-simplify), and islands smaller than `minRingArea` are
 * dropped, but never a municipality's last ring.
 *
 * Input rules (each broken rule is an error naming the file and the feature):
 * - coordinates must be RD New metres (x −7,000…300,000, y 289,000…629,000); WGS84 degrees are refused
 *   with a hint, because mixing them with the RD polling-place projection would misplace everything;
 * - every feature has a 4-digit CBS code (`c`, or `regiocode` "G0518"/"GM0518") and a name, codes unique;
 * - geometry is a Polygon or MultiPolygon.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { topology } from 'topojson-server';
import { feature, quantize } from 'topojson-client';
import { filter, filterWeight, planarRingArea, presimplify, quantile, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

export const BOUNDARIES_FORMAT = 'open-telling/boundaries@1';

export interface MunicipalityProps {
  /** CBS code without "GM", 4 digits. */
  code: string;
  name: string;
}

export type MunicipalityTopology = Topology<{ municipalities: GeometryCollection<MunicipalityProps> }>;

export interface BoundaryFile {
  format: typeof BOUNDARIES_FORMAT;
  id: string;
  source: { file: string; sha256: string; origin: string };
  crs: 'EPSG:28992';
  count: number;
  topology: MunicipalityTopology;
}

export interface ImportBoundaryOptions {
  id: string;
  /** Where the file comes from (repository @ commit, path), copied into the output. */
  origin: string;
  /** Fraction of points kept (Visvalingam weight quantile); 0.12 keeps about one point in eight. */
  keep?: number;
  /** Islands and enclaves under this area (m²) are dropped. */
  minRingArea?: number;
  /** Quantization grid (per axis). */
  quantization?: number;
}

const RD_X: [number, number] = [-7000, 300000];
const RD_Y: [number, number] = [289000, 629000];

export class BoundaryError extends Error {
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'BoundaryError';
  }
}

function codeOf(props: Record<string, unknown> | null): string | null {
  if (!props) return null;
  const raw = props['c'] ?? props['regiocode'] ?? props['code'] ?? props['statcode'];
  if (typeof raw !== 'string') return null;
  const m = /^(?:GM|G)?(\d{4})$/.exec(raw.trim());
  return m ? (m[1] as string) : null;
}

function nameOf(props: Record<string, unknown> | null): string | null {
  const raw = props?.['n'] ?? props?.['name'] ?? props?.['statnaam'];
  return typeof raw === 'string' && raw.trim() ? raw.trim() : null;
}

function eachPosition(g: Polygon | MultiPolygon, fn: (p: Position) => void): void {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  for (const poly of polys) for (const ring of poly) for (const p of ring) fn(p);
}

/** Reads and checks the GeoJSON; returns features with clean {code, name} properties. */
export function checkedFeatures(
  file: string,
  text: string,
): Feature<Polygon | MultiPolygon, MunicipalityProps>[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new BoundaryError(
      file,
      `not valid JSON (${(e as Error).message}); expected a GeoJSON FeatureCollection`,
    );
  }
  const fc = json as Partial<FeatureCollection>;
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    throw new BoundaryError(file, 'expected a GeoJSON FeatureCollection with "features"');
  }
  const seen = new Map<string, number>();
  return fc.features.map((f, i) => {
    const where = `feature ${i + 1}`;
    const props = (f.properties ?? null) as Record<string, unknown> | null;
    const code = codeOf(props);
    const name = nameOf(props);
    if (!code)
      throw new BoundaryError(file, `${where}: no 4-digit municipality code (property c or regiocode)`);
    if (!name) throw new BoundaryError(file, `${where} (${code}): no name (property n or name)`);
    const prev = seen.get(code);
    if (prev !== undefined)
      throw new BoundaryError(file, `${where}: code ${code} also on feature ${prev + 1}`);
    seen.set(code, i);
    const g = f.geometry;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) {
      throw new BoundaryError(file, `${where} (${code} ${name}): geometry must be Polygon or MultiPolygon`);
    }
    eachPosition(g, (p) => {
      const [x, y] = p as [number, number];
      if (!Number.isFinite(x) || !Number.isFinite(y)) {
        throw new BoundaryError(file, `${where} (${code} ${name}): coordinate is not a number`);
      }
      if (Math.abs(x) <= 180 && Math.abs(y) <= 90) {
        throw new BoundaryError(
          file,
          `${where} (${code} ${name}): coordinates look like WGS84 degrees (${x}, ${y}); use the RD New (EPSG:28992) file`,
        );
      }
      if (x < RD_X[0] || x > RD_X[1] || y < RD_Y[0] || y > RD_Y[1]) {
        throw new BoundaryError(
          file,
          `${where} (${code} ${name}): (${x}, ${y}) is outside RD New for the Netherlands`,
        );
      }
    });
    // Drop the non-standard "crs" member some files put inside the geometry.
    const geometry = (
      g.type === 'Polygon'
        ? { type: 'Polygon', coordinates: g.coordinates }
        : { type: 'MultiPolygon', coordinates: g.coordinates }
    ) as Polygon | MultiPolygon;
    return { type: 'Feature', properties: { code, name }, geometry };
  });
}

/** GeoJSON → committed boundary file (deterministic: same input, same bytes). */
export async function importBoundaries(file: string, options: ImportBoundaryOptions): Promise<BoundaryFile> {
  const bytes = await readFile(file);
  const features = checkedFeatures(path.basename(file), bytes.toString('utf8'));
  features.sort((a, b) => a.properties.code.localeCompare(b.properties.code));
  const topo = topology({ municipalities: { type: 'FeatureCollection', features } as FeatureCollection });
  // Visvalingam weights (triangle areas in m²); quantile() sorts them descending, so `keep` is the
  // fraction of points kept. Then rings under minRingArea go, and the result is quantized
  // (integer, delta-encoded arcs) for a small committed file.
  const pre = presimplify(topo as unknown as Parameters<typeof presimplify>[0]);
  const simple = simplify(pre, quantile(pre, options.keep ?? 0.12));
  const minArea = options.minRingArea ?? 400_000;
  const filtered = filter(simple, filterWeight(simple, minArea, planarRingArea));
  stripWeights(filtered);
  const quantized = quantize(filtered, options.quantization ?? 20000) as MunicipalityTopology;
  const out = feature(quantized, quantized.objects.municipalities);
  for (const f of out.features) {
    if (!f.geometry || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')) {
      throw new BoundaryError(
        file,
        `${f.properties.code}: lost all its area in simplification; lower minRingArea`,
      );
    }
  }
  return {
    format: BOUNDARIES_FORMAT,
    id: options.id,
    source: {
      file: path.basename(file),
      sha256: createHash('sha256').update(bytes).digest('hex'),
      origin: options.origin,
    },
    crs: 'EPSG:28992',
    count: features.length,
    topology: quantized,
  };
}

/** presimplify adds a weight as third coordinate; the committed file keeps x, y only. */
function stripWeights(topo: Topology): void {
  topo.arcs = topo.arcs.map((arc) => arc.map((p) => [p[0] as number, p[1] as number]));
  delete (topo as { bbox?: unknown }).bbox;
}
