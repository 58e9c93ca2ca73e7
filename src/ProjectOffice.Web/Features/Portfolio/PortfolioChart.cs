using System.Globalization;
using System.Net;
using System.Text;
using ProjectOffice.Forms.Reports;

namespace ProjectOffice.Web.Features.Portfolio;

/// <summary>
/// Budget execution and indicator achievement across the projects of a page as server-side SVG (like the Gantt):
/// two bars a project, a line at 100 %.
/// </summary>
public static class PortfolioChart
{
    private const int RowHeight = 22;
    private const int LabelWidth = 260;
    private const int BarWidth = 360;

    public static string Svg(IReadOnlyList<ProjectMonitoring> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var height = (rows.Count * RowHeight) + 30;
        var width = LabelWidth + BarWidth + 60;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"portfolio-chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"Исполнение бюджета и достижение показателей\">");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"2\" width=\"10\" height=\"8\" fill=\"#4a78b5\" /><text x=\"{LabelWidth + 14}\" y=\"10\" font-size=\"10\">Бюджет, %</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth + 100}\" y=\"2\" width=\"10\" height=\"8\" fill=\"#5aa469\" /><text x=\"{LabelWidth + 114}\" y=\"10\" font-size=\"10\">Показатели, %</text>");
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var y = 20 + (i * RowHeight);
            var name = row.Name.Length > 40 ? row.Name[..39] + "…" : row.Name;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 13}\" font-size=\"11\">{WebUtility.HtmlEncode(name)}</text>");
            Bar(svg, y + 2, row.BudgetPercent, "#4a78b5", "budget");
            Bar(svg, y + 11, row.IndicatorPercent, "#5aa469", "indicators");
        }

        var full = LabelWidth + (BarWidth / 1.2);
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{full:0.#}\" x2=\"{full:0.#}\" y1=\"16\" y2=\"{height}\" stroke=\"#888\" stroke-dasharray=\"3 2\" />");
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static void Bar(StringBuilder svg, int y, decimal? percent, string colour, string kind)
    {
        // Up to 120 % is drawn to scale; more is drawn at 120 % with its number beside it.
        var value = (double)Math.Min(percent ?? 0m, 120m);
        var width = value / 120 * BarWidth;
        svg.Append(CultureInfo.InvariantCulture,
            $"<rect class=\"{kind}\" x=\"{LabelWidth}\" y=\"{y}\" width=\"{width:0.#}\" height=\"8\" fill=\"{colour}\" />");
        svg.Append(CultureInfo.InvariantCulture,
            $"<text x=\"{LabelWidth + width + 4:0.#}\" y=\"{y + 8}\" font-size=\"9\">{WebUtility.HtmlEncode(ReportCaptions.Percent(percent))}</text>");
    }
}
