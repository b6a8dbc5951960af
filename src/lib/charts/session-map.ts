/**
 * A static map of the places of one municipality: numbered markers projected with d3-geo (Mercator,
 * fitted to the points, north up) and a scale bar, so the map reads without JavaScript and prints.
 * There is no base map (no tiles from another origin): the numbers match the list on the page, which
 * carries every address (the map is a supplement, WCAG 2.2 SC 1.1.1). Pure: positions only, no DOM.
 */
import { geoDistance, geoMercator } from 'd3-geo';

export interface MapPoint {
  n: number;
  lat: number;
  lon: number;
}

export interface MapLayout {
  width: number;
  height: number;
  points: { n: number; x: number; y: number }[];
  scale: { x: number; y: number; length: number; label: string } | null;
}

const EARTH_KM = 6371.0088;

export function sessionMap(points: readonly MapPoint[], width = 640, height = 420): MapLayout {
  if (points.length === 0) return { width, height, points: [], scale: null };
  const pad = 24;
  const lons = points.map((p) => p.lon);
  const lats = points.map((p) => p.lat);
  // A lone place (or places on one spot) gets a box of about a kilometre around it.
  const span = 0.005;
  const box = {
    type: 'MultiPoint' as const,
    coordinates: [
      [Math.min(...lons) - span, Math.min(...lats) - span],
      [Math.max(...lons) + span, Math.max(...lats) + span],
    ],
  };
  const projection = geoMercator().fitExtent(
    [
      [pad, pad],
      [width - pad, height - pad - 24],
    ],
    box,
  );
  const projected = points.map((p) => {
    const [x, y] = projection([p.lon, p.lat])!;
    return { n: p.n, x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
  });
  // Scale bar: a round number of kilometres near a quarter of the width.
  const [lon0, lat0] = projection.invert!([pad, height - pad])!;
  const [lon1] = projection.invert!([pad + width / 4, height - pad])!;
  const quarterKm = geoDistance([lon0, lat0], [lon1, lat0]) * EARTH_KM;
  const steps = [0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50];
  const km = steps.reduce(
    (best, s) => (Math.abs(s - quarterKm) < Math.abs(best - quarterKm) ? s : best),
    steps[0]!,
  );
  const length = Math.round(((width / 4) * km) / quarterKm);
  return {
    width,
    height,
    points: projected,
    scale: { x: pad, y: height - pad, length, label: km < 1 ? `${km * 1000} m` : `${km} km` },
  };
}
