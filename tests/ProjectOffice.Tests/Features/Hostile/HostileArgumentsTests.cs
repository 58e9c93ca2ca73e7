using ProjectOffice.Web.Infrastructure;

namespace ProjectOffice.Tests.Features.Hostile;

/// <summary>
/// A refused NUL or lone surrogate never reaches a query: the filter defuses it in whatever the action was bound to,
/// however deep in the form (the sweep in HostileInputTests checks the pages; this checks the walk itself).
/// </summary>
public sealed class HostileArgumentsTests
{
    public sealed class Row
    {
        public string? Name { get; set; }
        public List<string> Lines { get; set; } = [];
    }

    public sealed record Form
    {
        public string? Title { get; init; }
        public List<Row> Rows { get; init; } = [];
        public string[] Tags { get; init; } = [];
        public Row? Leader { get; set; }
        public int Count { get; set; }
    }

    [Fact]
    public void Nul_and_lone_surrogates_are_replaced_everywhere_in_the_bound_arguments_and_nothing_else_changes()
    {
        var form = new Form
        {
            Title = "План\0",
            Rows = [new Row { Name = "Иванов\uD800 И.И.", Lines = ["ok", "a\0b"] }, new Row { Name = "Петров 😀" }],
            Tags = ["\0"],
            Leader = new Row { Name = "без изъяна" },
            Count = 3,
        };
        form.Rows[1].Lines.Add("😀\uDC00");
        var arguments = new Dictionary<string, object?> { ["form"] = form, ["search"] = "x\0y", ["id"] = 5, ["none"] = null };

        HostileArguments.Defuse(arguments);

        Assert.Equal("x\uFFFDy", arguments["search"]);
        Assert.Equal(5, arguments["id"]);
        Assert.Equal("План\uFFFD", form.Title);
        Assert.Equal("Иванов\uFFFD И.И.", form.Rows[0].Name);
        Assert.Equal(["ok", "a\uFFFDb"], form.Rows[0].Lines);
        Assert.Equal("Петров 😀", form.Rows[1].Name);
        Assert.Equal(["😀\uFFFD"], form.Rows[1].Lines);
        Assert.Equal(["\uFFFD"], form.Tags);
        Assert.Equal("без изъяна", form.Leader!.Name);
        Assert.Equal(3, form.Count);
        Assert.False(HostileText.IsHostile(form.Title));
    }
}
