/**
 * The map projection for the six central provinces: conic equal-area, so province sizes compare
 * honestly on a choropleth, with standard parallels bracketing China and centred on 113°E.
 */
import { geoConicEqualArea, type GeoConicProjection } from 'd3-geo';
import type { Feature, FeatureCollection } from 'geojson';

/** Standard parallels commonly used for maps of China (Albers-style, 25°N and 47°N). */
export const CENTRAL_CHINA_PARALLELS: [number, number] = [25, 47];
/** Central meridian: 113°E runs through the middle of the six provinces. */
export const CENTRAL_CHINA_MERIDIAN = 113;

/** Padding as a share of the smaller side, so outlines and strokes are not clipped. */
const PADDING_SHARE = 0.02;

/** A conic equal-area projection fitted to `outline` within a width × height box. */
export function centralChinaProjection(
  width: number,
  height: number,
  outline: FeatureCollection | Feature,
): GeoConicProjection {
  const pad = Math.min(width, height) * PADDING_SHARE;
  return geoConicEqualArea()
    .parallels(CENTRAL_CHINA_PARALLELS)
    .rotate([-CENTRAL_CHINA_MERIDIAN, 0])
    .fitExtent(
      [
        [pad, pad],
        [width - pad, height - pad],
      ],
      outline,
    );
}
