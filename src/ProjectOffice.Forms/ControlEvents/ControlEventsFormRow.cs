using ProjectOffice.Domain.Plans;
using ProjectOffice.Forms.Plan;

namespace ProjectOffice.Forms.ControlEvents;

/// <summary>A stage heading across the table, or a numbered control event.</summary>
public sealed record ControlEventsFormRow
{
    /// <summary>«1 этап. Подготовительный … (01.02.2020 – 31.08.2020)» across the table.</summary>
    public bool IsHeading { get; init; }

    /// <summary>«1.» … across all stages; empty for headings.</summary>
    public string Number { get; init; } = "";
    public required string Name { get; init; }

    /// <summary>«Дата наступления контрольного события»: the date, or the text printed instead («31.06.2021»).</summary>
    public PrintedDate? Date { get; init; }
    public string? Responsible { get; init; }

    /// <summary>«Отметка о выполнении»: state, actual date, who marked it, comment; null for headings.</summary>
    public ControlEventMark? Mark { get; init; }
}
