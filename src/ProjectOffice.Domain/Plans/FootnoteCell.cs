namespace ProjectOffice.Domain.Plans;

/// <summary>The cell of a plan row a footnote marker is printed in.</summary>
public enum FootnoteCell
{
    /// <summary>After the row's name (the default, and the only place before cells could carry marks).</summary>
    Name = 0,

    /// <summary>After the executors («Ответственный исполнитель»).</summary>
    Responsible = 1,

    /// <summary>After the end date or deadline.</summary>
    End = 2,
}
