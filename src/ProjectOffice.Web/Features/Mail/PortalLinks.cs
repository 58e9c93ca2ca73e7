using System.Globalization;

namespace ProjectOffice.Web.Features.Mail;

/// <summary>Absolute links in letters: <c>Portal__PublicUrl</c> is the address people open the portal at.</summary>
public sealed class PortalLinks(IConfiguration config)
{
    public string Base { get; } = (config["Portal:PublicUrl"] is { Length: > 0 } url ? url : "http://localhost:5080").TrimEnd('/');

    public string ControlEvent(int id) => $"{Base}/control-events/{id.ToString(CultureInfo.InvariantCulture)}";

    public string ProjectControlEvents(int projectId) => $"{Base}/projects/{projectId.ToString(CultureInfo.InvariantCulture)}/control-events";

    public string ProjectRisks(int projectId) => $"{Base}/projects/{projectId.ToString(CultureInfo.InvariantCulture)}/risks";

    /// <summary>The risk's or problem's row of the register (the rows carry ids <c>risk-N</c>, <c>problem-N</c>).</summary>
    public string RegisterRow(int projectId, int id, bool problem) =>
        $"{ProjectRisks(projectId)}#{(problem ? "problem" : "risk")}-{id.ToString(CultureInfo.InvariantCulture)}";

    public string Approval(int projectId) => $"{Base}/projects/{projectId.ToString(CultureInfo.InvariantCulture)}/approval";

    public string Settings => $"{Base}/account/notifications";

    public string Unsubscribe(string token) => $"{Base}/mail/unsubscribe?token={Uri.EscapeDataString(token)}";
}
