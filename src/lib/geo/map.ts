/**
 * Map geometry at build time from a committed boundary file (content/geo/, see boundaries.ts): SVG path
 * data per municipality in a viewBox, and a projection for points in the same space.
 *
 * The boundary coordinates are RD New metres (EPSG:28992), a plane already: they are drawn with
 * d3.geoIdentity().reflectY(true) (RD y grows northwards, SVG y downwards), fitted to the width.
 * Points in WGS84 (polling places) are first converted to RD with proj4 (rd.ts), then go through the
 * same transform, so dots and outlines always agree.
 */
import { geoIdentity, geoPath, type GeoPermissibleObjects } from 'd3';
import { feature } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { BoundaryFile, MunicipalityProps } from './boundaries.ts';
import { CompactPath } from './svg-path.ts';

export interface MapShape {
  code: string;
  name: string;
  /** SVG path data in the map's viewBox. */
  d: string;
}

export interface ProjectedMap {
  width: number;
  height: number;
  shapes: MapShape[];
  /** RD New metres → viewBox coordinates (same transform as the shapes). */
  project(x: number, y: number): [number, number];
}

type MFeature = Feature<Polygon | MultiPolygon, MunicipalityProps>;

function features(topo: BoundaryFile['topology']): MFeature[] {
  const fc = feature(topo, topo.objects.municipalities) as FeatureCollection<
    Polygon | MultiPolygon,
    MunicipalityProps
  >;
  return fc.features;
}

/** Further simplification for small maps (keeps `keep` of the committed points). */
function simplified(file: BoundaryFile, keep: number): BoundaryFile['topology'] {
  if (keep >= 1) return file.topology;
  const pre = presimplify(file.topology as unknown as Parameters<typeof presimplify>[0]);
  return simplify(pre, quantile(pre, keep)) as BoundaryFile['topology'];
}

function project(fs: MFeature[], fitTo: MFeature[], width: number, margin: number, precision: number) {
  const fitCollection = { type: 'FeatureCollection', features: fitTo } as GeoPermissibleObjects;
  // The extent of the shapes at scale 1 gives the aspect ratio; the map is then fitted to the width
  // (fitExtent: @types/d3-geo lacks identity().fitWidth).
  const [[x0, y0], [x1, y1]] = geoPath(geoIdentity().reflectY(true)).bounds(fitCollection);
  const inner = width - 2 * margin;
  const height = Math.ceil((inner * (y1 - y0)) / Math.max(x1 - x0, 1e-9) + 2 * margin);
  const projection = geoIdentity()
    .reflectY(true)
    .fitExtent(
      [
        [margin, margin],
        [width - margin, height - margin],
      ],
      fitCollection,
    );
  const ctx = new CompactPath(precision);
  const path = geoPath(projection, ctx as unknown as CanvasRenderingContext2D);
  const shapes = fs.map((f) => {
    path(f);
    return { code: f.properties.code, name: f.properties.name, d: ctx.result() };
  });
  const toView = (x: number, y: number): [number, number] => {
    const p = projection([x, y]);
    if (!p) throw new Error(`cannot project (${x}, ${y})`);
    return p;
  };
  return { width, height, shapes, project: toView };
}

/**
 * All municipalities of a boundary file, fitted to `width`. `keep` simplifies further for the national
 * map (0.35 keeps about a third of the committed points).
 */
export function nationalMap(
  file: BoundaryFile,
  options: { width?: number; keep?: number; precision?: number } = {},
): ProjectedMap {
  const fs = features(simplified(file, options.keep ?? 0.35));
  return project(fs, fs, options.width ?? 400, 2, options.precision ?? 1);
}

/** One municipality's outline, fitted to `width`, at the committed detail. Undefined if the code is unknown. */
export function municipalityOutline(
  file: BoundaryFile,
  code: string,
  options: { width?: number; precision?: number } = {},
): ProjectedMap | undefined {
  const f = features(file.topology).find((x) => x.properties.code === code);
  if (!f) return undefined;
  return project([f], [f], options.width ?? 320, 16, options.precision ?? 0.5);
}
