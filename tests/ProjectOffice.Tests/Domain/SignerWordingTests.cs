using ProjectOffice.Data.Versions;
using ProjectOffice.Domain.Approval;
using ProjectOffice.Domain.Plans;

namespace ProjectOffice.Tests.Domain;

/// <summary>The wording a signer reads: completion marks of control events, the stage close warning, the change summary.</summary>
public sealed class SignerWordingTests
{
    private static readonly DateOnly Today = new(2026, 3, 15);

    [Fact]
    public void A_done_event_is_marked_with_its_date_who_marked_it_and_the_comment()
    {
        var ev = new ControlEvent { Status = ControlEventStatus.Done, DoneOn = new(2026, 3, 1), Comment = "Отчёт на сайте" };

        var mark = ControlEventMark.Of(ev, new DateOnly(2026, 2, 28), "Чернецкая Людмила Геннадьевна", Today);

        Assert.Equal(["Выполнено", "факт: 01.03.2026", "отметил: Чернецкая Людмила Геннадьевна", "Отчёт на сайте"], mark.Lines());
        Assert.True(mark.IsNotable);
    }

    [Fact]
    public void A_cancelled_event_gives_its_reason_and_a_planned_one_its_state_only()
    {
        var cancelled = ControlEventMark.Of(new ControlEvent { Status = ControlEventStatus.Cancelled, CancelReason = "Перенесено" }, Today, null, Today);
        var overdue = ControlEventMark.Of(new ControlEvent(), Today.AddDays(-1), null, Today);
        var planned = ControlEventMark.Of(new ControlEvent(), Today.AddDays(60), null, Today);

        Assert.Equal(["Отменено", "причина отмены: Перенесено"], cancelled.Lines());
        Assert.Equal(["Просрочено"], overdue.Lines());
        Assert.True(overdue.IsNotable);
        Assert.Equal(["Запланировано"], planned.Lines());
        Assert.False(planned.IsNotable);
    }

    [Fact]
    public void Closing_a_stage_counts_its_undone_and_overdue_events()
    {
        (ControlEventStatus, DateOnly?)[] events =
        [
            (ControlEventStatus.Done, Today.AddDays(-30)),
            (ControlEventStatus.Cancelled, Today.AddDays(-30)),
            (ControlEventStatus.Planned, Today.AddDays(-2)),
            (ControlEventStatus.Planned, Today.AddDays(-1)),
            (ControlEventStatus.Planned, Today.AddDays(3)),
        ];

        var (undone, overdue) = StageCloseWarning.Count(events, Today);

        Assert.Equal((3, 2), (undone, overdue));
        Assert.StartsWith("В этапе не выполнено 3 контрольных события, из них просрочено 2.", StageCloseWarning.Text(undone, overdue), StringComparison.Ordinal);
        Assert.StartsWith("В этапе не выполнено 1 контрольное событие, оно просрочено.", StageCloseWarning.Text(1, 1), StringComparison.Ordinal);
        Assert.Null(StageCloseWarning.Text(0, 0));
    }

    [Fact]
    public void A_change_summary_counts_by_kind_and_keeps_the_first_changes_in_order()
    {
        var changes = Enumerable.Range(1, 12).Select(i => new ProjectChange(ChangeKind.Changed, ["Поле " + i], "а", "б"))
            .Prepend(new ProjectChange(ChangeKind.Added, ["Участники"], null, "Иванов"))
            .Append(new ProjectChange(ChangeKind.Removed, ["Этапы"], "3 этап", null))
            .ToList();

        var summary = ChangeSummary.Of(changes);

        Assert.Equal((1, 1, 12, 14), (summary.Added, summary.Removed, summary.Changed, summary.Total));
        Assert.Equal(ChangeSummary.FirstCount, summary.First.Count);
        Assert.Equal("Участники: добавлен Иванов", summary.First[0].ToString());
    }
}
