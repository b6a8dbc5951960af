/**
 * Positions: RD New (EPSG:28992, the Dutch national grid the VNG standard gives as X/Y) → WGS84 with
 * proj4 and the official RDNAPTRANS-free 7-parameter definition (accurate to about a metre, enough to
 * find a building), the plausibility check a careless export needs, and great-circle distance.
 */
import proj4 from 'proj4';

/** EPSG:28992 as published in the EPSG registry (towgs84 = the Bessel→WGS84 Helmert parameters). */
const RD_NEW =
  '+proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 +y_0=463000 +ellps=bessel +towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725 +units=m +no_defs';

const rdToWgs = proj4(RD_NEW, 'EPSG:4326');

/** RD New metres → [lat, lon] degrees. */
export function rdToWgs84(x: number, y: number): [number, number] {
  const [lon, lat] = rdToWgs.forward([x, y]) as [number, number];
  return [lat, lon];
}

/** The RD grid is defined for the European Netherlands: x 0…300 km, y 289…629 km (with margin). */
export function isPlausibleRd(x: number, y: number): boolean {
  return x > -7000 && x < 300000 && y > 289000 && y < 629000;
}

/**
 * Boxes around the Netherlands in Europe and the Caribbean Netherlands (Bonaire; Sint Eustatius and
 * Saba), with a margin of a few kilometres. A point outside is a broken export (swapped columns, a
 * decimal comma read as thousands, RD put in the latitude field), not a polling place.
 */
const BOXES: readonly { name: string; lat: [number, number]; lon: [number, number] }[] = [
  { name: 'Netherlands', lat: [50.7, 53.7], lon: [3.2, 7.3] },
  { name: 'Bonaire', lat: [11.95, 12.35], lon: [-68.5, -68.1] },
  { name: 'Sint Eustatius and Saba', lat: [17.4, 17.7], lon: [-63.3, -62.9] },
];

export function isInNetherlands(lat: number, lon: number): boolean {
  return BOXES.some((b) => lat >= b.lat[0] && lat <= b.lat[1] && lon >= b.lon[0] && lon <= b.lon[1]);
}

/** The Caribbean Netherlands keep their own clock (Atlantic Standard Time, no summer time). */
export function timeZoneFor(municipalityCode: string): string {
  return /^900[1-3]$/.test(municipalityCode) ? 'America/Kralendijk' : 'Europe/Amsterdam';
}

/** Great-circle distance in metres (haversine, mean earth radius). */
export function distanceMetres(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371008.8 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Degrees rounded to 6 decimals (about 10 cm): stable snapshots, no false precision. */
export function round6(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}
