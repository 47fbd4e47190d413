/**
 * The map geometry is content too (content/geo), read once. It sits apart from the chart
 * renderers so that checking content does not load the drawing code.
 */
import topology from '../../content/geo/central-china.topo.json' with { type: 'json' };
import type { Topology } from 'topojson-specification';

export const GEO = topology as unknown as Topology;
