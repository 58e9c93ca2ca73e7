namespace ProjectOffice.Domain.Projects;

/// <summary>How one form words a name when it differs from the passport («Анализ реализации проекта» in the plan).</summary>
public sealed class TextVariant
{
    public FormKind Form { get; set; }
    public string Text { get; set; } = "";
}
