using System.Globalization;
using System.Net;
using System.Text;

namespace ProjectOffice.Forms.Reports;

/// <summary>One column of an indicator's chart: a period or a year, its target and the actual reached.</summary>
public sealed record IndicatorChartBar(string Label, decimal? Target, decimal? Actual);

/// <summary>
/// An indicator's small chart as inline SVG, drawn on the server (like the Gantt): a bar per column for the actual, a
/// dashed red mark across it for the target. The one renderer of indicator charts: the report (the periods of its
/// year against the year's target) and the passport card (target and actual by year) both draw with it.
/// </summary>
public static class IndicatorChart
{
    private const int Width = 220;
    private const int Height = 70;
    private const int Top = 6;
    private const int Bottom = 14;

    public static string Svg(string title, IReadOnlyList<IndicatorChartBar> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var max = bars.SelectMany(b => new[] { b.Target ?? 0m, b.Actual ?? 0m }).DefaultIfEmpty(0m).Max();
        if (max <= 0)
        {
            max = 1;
        }

        var plot = Height - Top - Bottom;
        var step = (double)Width / Math.Max(1, bars.Count);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"indicator-chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" role=\"img\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{WebUtility.HtmlEncode(title)}</title>");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var x = i * step;
            var height = bar.Actual is { } actual ? (double)(actual / max) * plot : 0;
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect class=\"actual\" x=\"{x + (step * 0.15):0.#}\" y=\"{Top + plot - height:0.#}\" width=\"{step * 0.7:0.#}\" height=\"{height:0.#}\" fill=\"#4a78b5\" />");
            if (bar.Target is { } target)
            {
                var y = Top + plot - ((double)(target / max) * plot);
                svg.Append(CultureInfo.InvariantCulture,
                    $"<line class=\"target\" x1=\"{x:0.#}\" x2=\"{x + step:0.#}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\" stroke=\"#c0392b\" stroke-dasharray=\"4 2\" />");
            }

            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{x + (step * 0.5):0.#}\" y=\"{Height - 3}\" font-size=\"8\" text-anchor=\"middle\">{WebUtility.HtmlEncode(bar.Label)}</text>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }
}
