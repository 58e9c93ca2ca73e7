using System.Globalization;
using ProjectOffice.Forms.Rendering;

namespace ProjectOffice.Forms.Catalogue;

/// <summary>A form with its data loaded, ready to be written in any format.</summary>
public sealed class PrintedDocument
{
    /// <summary>«Бюджет проекта Инженерный кластер»: what the file is, without the date.</summary>
    public required string Title { get; init; }

    /// <summary>The approval date the file name carries; today's date stands in while there is none.</summary>
    public DateOnly? ApprovedOn { get; init; }

    /// <summary>The approved version printed, named in the file name; null for the current state.</summary>
    public int? Version { get; init; }

    public required Func<PrintPreview?, Task<string>> RenderHtmlAsync { get; init; }
    public required Func<byte[]> WriteXlsx { get; init; }

    /// <summary>
    /// «Бюджет проекта Инженерный кластер 2020-01-31.pdf», «… версия 2 2026-11-24.pdf» for a version; safe on any
    /// file system.
    /// </summary>
    public string FileName(string extension, DateOnly today)
    {
        var date = (ApprovedOn ?? today).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var version = Version is { } number ? string.Create(CultureInfo.InvariantCulture, $" версия {number}") : "";
        var name = string.Concat($"{Title}{version} {date}".Select(c => Unsafe.Contains(c) || char.IsControl(c) ? '_' : c));
        return $"{name}.{extension}";
    }

    private static readonly char[] Unsafe = ['/', '\\', ':', '*', '?', '"', '<', '>', '|'];
}
