/**
 * WGS84 (EPSG:4326) latitude/longitude → RD New (EPSG:28992) metres, with proj4 and the published
 * RD New definition (oblique stereographic on the Bessel ellipsoid, 7-parameter datum shift to
 * WGS84; accurate to about a metre, plenty for a map).
 */
import proj4 from 'proj4';

const RD_NEW =
  '+proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 +y_0=463000 ' +
  '+ellps=bessel +towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725 +units=m +no_defs';

const converter = proj4('EPSG:4326', RD_NEW);

/** [x, y] in RD metres for a WGS84 point; undefined for a point that is not a finite lat/lon. */
export function wgs84ToRd(lat: number, lon: number): [number, number] | undefined {
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180)
    return undefined;
  const [x, y] = converter.forward([lon, lat]) as [number, number];
  return [x, y];
}
