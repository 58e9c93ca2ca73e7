namespace ProjectOffice.Web.Features.Forms;

public sealed class PrintingUnavailableModel
{
    public const string Crashed = "Формирование PDF прервалось: программа печати на сервере перезапускается. Повторите попытку через несколько секунд.";

    public required string Message { get; init; }
    public required string RequestId { get; init; }

    /// <summary>The HTML preview of the form still works without Chromium.</summary>
    public required string PreviewUrl { get; init; }
}
