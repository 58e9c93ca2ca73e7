using System.Reflection;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Tests.Domain;

/// <summary>
/// The passport's wording lives in Domain once: its captions (<see cref="PassportCaptions"/>) are typed nowhere else
/// in the sources, and a stage is headed by one rule (<see cref="StageHeading"/>).
/// </summary>
public sealed class PassportWordingTests
{
    // Short captions («Дата», «Значение», «№ п/п») are ordinary words of many tables; the passport's own are longer.
    private const int DistinctiveLength = 16;

    public static TheoryData<string> Captions() => new(CaptionList());

    private static List<string> CaptionList() =>
        typeof(PassportCaptions).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => f.GetRawConstantValue())
            .OfType<string>()
            .Where(caption => caption.Length >= DistinctiveLength)
            .ToList();

    [Theory]
    [MemberData(nameof(Captions))]
    public void A_passport_caption_is_defined_once(string caption)
    {
        var copies = SourceFiles()
            .Where(file => Path.GetFileName(file) != nameof(PassportCaptions) + ".cs")
            .Where(file =>
            {
                var text = File.ReadAllText(file);
                return text.Contains('"' + caption + '"', StringComparison.Ordinal) || text.Contains('>' + caption + '<', StringComparison.Ordinal);
            })
            .Select(file => Path.GetRelativePath(SourceRoot(), file))
            .ToList();

        Assert.True(copies.Count == 0, $"«{caption}» is typed again in {string.Join(", ", copies)}: take it from PassportCaptions.");
    }

    [Fact]
    public void The_caption_check_sees_the_captions_the_forms_use()
    {
        // Guards the check above against scanning nothing: the form's builder does use the captions.
        var builder = SourceFiles().Single(f => Path.GetFileName(f) == "PassportFormQuery.cs");

        Assert.Contains("PassportCaptions.Executors", File.ReadAllText(builder), StringComparison.Ordinal);
        Assert.Contains(PassportCaptions.Executors, CaptionList());
    }

    [Fact]
    public void A_stage_is_headed_in_the_wording_of_the_first_form_that_has_one()
    {
        var stage = new Stage
        {
            Name = "Основной",
            PrintedNames = [new TextVariant { Form = FormKind.Passport, Text = "Основной. Реализация" }],
        };

        Assert.Equal("2 этап. Основной. Реализация", StageHeading.Title(1, stage, FormKind.PassportBudget, FormKind.Passport));
        Assert.Equal("2 этап. Основной", StageHeading.Title(1, stage, FormKind.Budget));
        Assert.Equal("1 этап. Основной (01.09.2020 – 31.12.2021)",
            StageHeading.WithPeriod(StageHeading.Number(0), "Основной", new DateOnly(2020, 9, 1), new DateOnly(2021, 12, 31)));
    }

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(Path.Combine(SourceRoot(), "src"), "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static string SourceRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ProjectOffice.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ProjectOffice.sln not found above the test binaries.");
    }
}
