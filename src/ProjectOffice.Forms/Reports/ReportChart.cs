using System.Globalization;
using System.Net;
using System.Text;

namespace ProjectOffice.Forms.Reports;

/// <summary>
/// An indicator's small chart as inline SVG, drawn on the server (like the Gantt): a bar per period for the actual
/// reached by its end, a dashed line for the year's target. Same markup on the page and in the print.
/// </summary>
public static class ReportChart
{
    private const int Width = 220;
    private const int Height = 70;
    private const int Top = 6;
    private const int Bottom = 14;

    public static string Svg(ReportIndicatorRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var max = new[] { row.Target ?? 0m }.Concat(row.Chart.Select(p => p.Actual ?? 0m)).Max();
        if (max <= 0)
        {
            max = 1;
        }

        var plot = Height - Top - Bottom;
        var step = (double)Width / Math.Max(1, row.Chart.Count);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"indicator-chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" role=\"img\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{WebUtility.HtmlEncode(row.Name)}: план {ReportCaptions.Number(row.Target)}, факт {ReportCaptions.Number(row.Cumulative)}</title>");
        for (var i = 0; i < row.Chart.Count; i++)
        {
            var point = row.Chart[i];
            var height = point.Actual is { } actual ? (double)(actual / max) * plot : 0;
            var x = (i * step) + (step * 0.15);
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect x=\"{x:0.#}\" y=\"{Top + plot - height:0.#}\" width=\"{step * 0.7:0.#}\" height=\"{height:0.#}\" fill=\"#4a78b5\" />");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{x + (step * 0.35):0.#}\" y=\"{Height - 3}\" font-size=\"8\" text-anchor=\"middle\">{WebUtility.HtmlEncode(point.Label)}</text>");
        }

        if (row.Target is { } target)
        {
            var y = Top + plot - ((double)(target / max) * plot);
            svg.Append(CultureInfo.InvariantCulture,
                $"<line class=\"target\" x1=\"0\" x2=\"{Width}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\" stroke=\"#c0392b\" stroke-dasharray=\"4 2\" />");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }
}
