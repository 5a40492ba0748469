import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent } from 'echarts/components';
import { LegacyGridContainLabel } from 'echarts/features';
import { SVGRenderer } from 'echarts/renderers';

// Only the parts the console's charts use (the whole of ECharts is ≈ 1 MB of minified code): bars on
// a grid whose labels may fit inside it (containLabel), drawn as SVG with ECharts' aria description.
echarts.use([BarChart, GridComponent, AriaComponent, LegacyGridContainLabel, SVGRenderer]);

export { echarts };
