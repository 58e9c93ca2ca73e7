using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace ProjectOffice.Web.Features.Passport;

/// <summary>«Задачи и результаты»: the whole table is one form; numbering (1., 1.1) comes from position.</summary>
public sealed class TasksForm
{
    /// <summary>The project's Version as the editor saw it (optimistic concurrency).</summary>
    public uint Version { get; set; }

    public List<TaskInput> Tasks { get; set; } = [];

    [BindNever]
    [ValidateNever]
    public PassportTablesProject Project { get; set; } = null!;
}
