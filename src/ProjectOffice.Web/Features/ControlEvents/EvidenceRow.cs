namespace ProjectOffice.Web.Features.ControlEvents;

public sealed record EvidenceRow(int Id, string FileName, long Size, DateTimeOffset UploadedAt)
{
    /// <summary>«1,5 МБ», «12 КБ».</summary>
    public string SizeShown => Size >= 1024 * 1024
        ? $"{Size / 1024d / 1024d:0.#} МБ"
        : $"{Math.Max(1, Size / 1024)} КБ";
}
