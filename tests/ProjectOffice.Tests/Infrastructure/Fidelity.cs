using System.Globalization;
using System.Text.RegularExpressions;

namespace ProjectOffice.Tests.Infrastructure;

/// <summary>
/// The shared fidelity check (../shared/tools/fidelity.py): the share of a seed form's words and numbers that a
/// generated PDF or XLSX carries. The seeds and the tool live beside the repository, in ../shared.
/// </summary>
public static partial class Fidelity
{
    public const string MunicipalSeed = "000_b7e7923fa6b93063.txt";
    public const string NationalSeed = "001_4d45afe8084e757c.txt";

    /// <summary>The score of <paramref name="file"/> (extension "pdf" or "xlsx") against lines from…to of the seed.</summary>
    public static async Task<(double Score, string Report)> ScoreAsync(string seed, int from, int to, byte[] file, string extension)
    {
        var shared = SharedDirectory();
        var path = Path.Combine(Path.GetTempPath(), $"po-{Guid.NewGuid():N}.{extension}");
        await File.WriteAllBytesAsync(path, file);
        try
        {
            return await RunAsync(string.Create(CultureInfo.InvariantCulture, $"{Path.Combine(shared, "seeds", seed)}:{from}-{to}"), path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>
    /// The score against some columns only (1-based, tab-separated) of lines from…to of the seed: for a form that
    /// prints part of a table the paper prints with more (the municipal plan's result columns).
    /// </summary>
    public static async Task<(double Score, string Report)> ScoreColumnsAsync(
        string seed, int from, int to, IReadOnlyCollection<int> columns, byte[] file, string extension)
    {
        var lines = (await File.ReadAllLinesAsync(Path.Combine(SharedDirectory(), "seeds", seed)))[(from - 1)..to]
            .Select(line => string.Join('\t', line.Split('\t').Where((_, i) => columns.Contains(i + 1))));
        var reference = Path.Combine(Path.GetTempPath(), $"po-{Guid.NewGuid():N}.txt");
        await File.WriteAllLinesAsync(reference, lines);
        var path = Path.Combine(Path.GetTempPath(), $"po-{Guid.NewGuid():N}.{extension}");
        await File.WriteAllBytesAsync(path, file);
        try
        {
            return await RunAsync(reference, path);
        }
        finally
        {
            File.Delete(path);
            File.Delete(reference);
        }
    }

    private static async Task<(double Score, string Report)> RunAsync(string reference, string path)
    {
        var (_, output) = await ExternalTool.RunAsync("python3", Path.Combine(SharedDirectory(), "tools", "fidelity.py"), reference, path, "--show", "40");
        var match = Score().Match(output);
        Assert.True(match.Success, $"fidelity.py printed no score: {output}");
        return (double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), output.Trim());
    }

    private static string SharedDirectory()
    {
        if (Environment.GetEnvironmentVariable("PO_SHARED_DIR") is { Length: > 0 } configured)
        {
            return configured;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ProjectOffice.sln")))
            {
                var shared = Path.Combine(dir.FullName, "..", "shared");
                Assert.True(Directory.Exists(shared), $"The seeds and fidelity.py are expected in {Path.GetFullPath(shared)} (or set PO_SHARED_DIR).");
                return Path.GetFullPath(shared);
            }
        }

        throw new InvalidOperationException("ProjectOffice.sln not found above the test binaries.");
    }

    [GeneratedRegex(@"fidelity ([0-9.]+) \(")]
    private static partial Regex Score();
}
