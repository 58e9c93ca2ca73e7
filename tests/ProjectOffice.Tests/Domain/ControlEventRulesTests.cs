using ProjectOffice.Domain.Plans;

namespace ProjectOffice.Tests.Domain;

public sealed class ControlEventRulesTests
{
    private static readonly DateOnly Today = new(2021, 6, 20);

    [Theory]
    [InlineData("2021-06-19", ControlEventState.Overdue, TrafficLight.Red)]
    [InlineData("2021-06-20", ControlEventState.DueSoon, TrafficLight.Yellow)]
    [InlineData("2021-07-04", ControlEventState.DueSoon, TrafficLight.Yellow)]
    [InlineData("2021-07-05", ControlEventState.Planned, TrafficLight.None)]
    public void Planned_event_state_is_computed_from_today(string planned, ControlEventState expected, TrafficLight light)
    {
        var ev = new ControlEvent { PlannedDate = DateOnly.Parse(planned, System.Globalization.CultureInfo.InvariantCulture) };

        Assert.Equal(expected, ev.StateOn(Today));
        Assert.Equal(light, ControlEventStates.Light(ev.StateOn(Today)));
    }

    [Fact]
    public void Done_is_green_and_cancelled_is_grey_whatever_the_date()
    {
        var old = new DateOnly(2020, 1, 1);

        Assert.Equal(TrafficLight.Green, ControlEventStates.Light(ControlEventStates.Of(ControlEventStatus.Done, old, Today)));
        Assert.Equal(TrafficLight.Grey, ControlEventStates.Light(ControlEventStates.Of(ControlEventStatus.Cancelled, old, Today)));
    }

    [Fact]
    public void Event_linked_to_a_control_point_takes_the_points_end_date()
    {
        var ev = new ControlEvent { PlanItem = new PlanItem { Kind = PlanItemKind.ControlPoint, EndDate = new DateOnly(2021, 6, 1) } };

        Assert.Equal(ControlEventState.Overdue, ev.StateOn(Today));
    }

    [Fact]
    public void Marking_done_records_date_comment_who_and_when()
    {
        var ev = new ControlEvent { PlannedDate = Today };
        var now = new DateTimeOffset(2021, 6, 20, 10, 0, 0, TimeSpan.Zero);

        var error = ev.MarkDone(new DateOnly(2021, 6, 18), " Проведено ", "user-1", now, Today);

        Assert.Null(error);
        Assert.Equal(ControlEventStatus.Done, ev.Status);
        Assert.Equal(new DateOnly(2021, 6, 18), ev.DoneOn);
        Assert.Equal("Проведено", ev.Comment);
        Assert.Equal("user-1", ev.DoneByUserId);
        Assert.Equal(now, ev.MarkedAt);
    }

    [Fact]
    public void Actual_date_in_the_future_is_refused()
    {
        var ev = new ControlEvent { PlannedDate = Today };

        var error = ev.MarkDone(Today.AddDays(1), null, "user-1", DateTimeOffset.UnixEpoch, Today);

        Assert.Equal("Фактическая дата не может быть позже сегодняшней (20.06.2021).", error);
        Assert.Equal(ControlEventStatus.Planned, ev.Status);
    }

    [Fact]
    public void Cancelling_needs_a_reason_and_a_cancelled_event_cannot_be_marked_done()
    {
        var ev = new ControlEvent { PlannedDate = Today };

        Assert.Equal("Укажите причину отмены.", ev.Cancel(" "));
        Assert.Null(ev.Cancel("Мероприятие перенесено"));
        Assert.NotNull(ev.MarkDone(Today, null, "u", DateTimeOffset.UnixEpoch, Today));
        Assert.Equal(ControlEventStatus.Cancelled, ev.Status);
    }

    [Fact]
    public void Returning_to_plan_clears_the_done_marks()
    {
        var ev = new ControlEvent { PlannedDate = Today };
        ev.MarkDone(Today, "готово", "u", DateTimeOffset.UnixEpoch, Today);

        Assert.Null(ev.ReturnToPlan());

        Assert.Equal(ControlEventStatus.Planned, ev.Status);
        Assert.Null(ev.DoneOn);
        Assert.Null(ev.DoneByUserId);
        Assert.Null(ev.MarkedAt);
        Assert.NotNull(ev.ReturnToPlan());
    }
}
