namespace ProjectOffice.Tests.Infrastructure;

/// <summary>The portal's own source files, for the tests that fail when a wording rule is written a second time.</summary>
public static class SourceTree
{
    public static string Root { get; } = FindRoot();

    /// <summary>Every .cs, .razor and .cshtml file under src/, build output excluded.</summary>
    public static IEnumerable<string> Files() =>
        Directory.EnumerateFiles(Path.Combine(Root, "src"), "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static string FindRoot()
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
