namespace ProjectOffice.Web.Features.Projects;

public enum BudgetRowKind
{
    /// <summary>A direction's title over its source rows (national section 4).</summary>
    Heading = 1,

    /// <summary>Typed amounts.</summary>
    Line = 2,

    /// <summary>Computed: «Проект в целом», «Всего по данному направлению …», «Всего по проекту».</summary>
    Total = 3,
}
