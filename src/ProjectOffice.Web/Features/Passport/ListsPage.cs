namespace ProjectOffice.Web.Features.Passport;

public sealed class ListsPage
{
    public required PassportHeading Heading { get; init; }

    /// <summary>Municipal passports list their tasks here; national ones edit tasks with their results on «Задачи и результаты».</summary>
    public required bool ShowTasks { get; init; }
    public required ListsForm Form { get; init; }
}
