using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Domain.Approval;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Forms.Plan;
using ProjectOffice.Forms.Xlsx;
using ProjectOffice.Web.Features.Layout;

namespace ProjectOffice.Web.Features.PlanImport;

/// <summary>
/// An uploaded plan table compared with the project's plan: the problems that stop it, or what applying it would add,
/// change and remove, and the change itself (<see cref="Apply"/>) to be saved in one SaveChanges.
///
/// Each cell is compared with what the plan export writes for that item (<see cref="PlanFormQuery"/>), as text: a
/// cell the author did not touch is equal and leaves the stored fields alone, whatever the export could not say
/// (a stored «31.06.2021» beside its real date, a person's id behind a name). Only a changed cell is parsed back into
/// fields. The file's row order is the new order of the plan: numbers are derived from positions, as everywhere.
/// Rows are matched to items by kind, number and name (<see cref="PlanRowMatching"/>); stage and task headings by
/// the passport's stage or task they name, since their names and dates belong to the passport.
/// </summary>
public sealed class PlanImportComparison
{
    private readonly List<PlanSheetProblem> problems = [];
    private readonly List<Slot> slots = [];
    private readonly List<AddedItem> added = [];
    private readonly List<ChangedItem> changed = [];
    private readonly List<RemovedItem> removed = [];
    private readonly List<PlanItem> removedItems = [];
    private readonly List<ControlEvent> eventsToDelete = [];
    private readonly List<ControlEvent> eventsToUnlink = [];
    private readonly int projectId;
    private readonly DateRange period;

    private PlanImportComparison(int projectId, DateRange period) => (this.projectId, this.period) = (projectId, period);

    /// <summary>In sheet order: what concerns the whole file first, then row by row, column by column.</summary>
    public IReadOnlyList<PlanSheetProblem> Problems => [.. problems.OrderBy(p => p.Row).ThenBy(p => p.Column, StringComparer.Ordinal)];
    public IReadOnlyList<AddedItem> Added => added;
    public IReadOnlyList<ChangedItem> Changed => changed;
    public IReadOnlyList<RemovedItem> Removed => removed;

    public static async Task<PlanImportComparison> CompareAsync(AppDbContext db, ProjectHeader project, PlanSheet sheet, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(sheet);
        var comparison = new PlanImportComparison(project.Id, project.Period);
        var context = await PlanContext.LoadAsync(db, project, ct);
        comparison.Compare(context, sheet);
        if (comparison.problems.Count == 0)
        {
            await comparison.FindRemovedAsync(db, context, ct);
        }

        if (comparison.problems.Count == 0)
        {
            comparison.FindLocked(context);
        }

        if (comparison.problems.Count == 0)
        {
            comparison.Describe(context);
        }

        return comparison;
    }

    /// <summary>Stages the change on the tracked items: fields, new items, new places and order, removals.</summary>
    public void Apply(AppDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("A plan with problems is not applied.");
        }

        var entities = new PlanItem[slots.Count];
        for (var i = 0; i < slots.Count; i++)
        {
            var slot = slots[i];
            var item = slot.Item ?? new PlanItem { ProjectId = projectId, Kind = slot.Outline.Kind, StageId = slot.StageId, TaskId = slot.TaskId };
            foreach (var update in slot.Updates)
            {
                update(item, db);
            }

            item.InterpretDeadline(period);

            var parent = slot.Outline.ParentIndex >= 0 ? entities[slot.Outline.ParentIndex] : null;
            if (parent is { Id: 0 })
            {
                // A new parent has no key yet: EF sets the child's ParentId from the navigation when it saves.
                parent.Children.Add(item);
            }
            else
            {
                item.ParentId = parent?.Id;
            }

            item.SortOrder = slot.SortOrder;
            if (item.Id == 0)
            {
                db.PlanItems.Add(item);
            }

            entities[i] = item;
        }

        // Items moved out from under a removed parent must not be cascaded with it.
        db.ChangeTracker.DetectChanges();
        db.ControlEvents.RemoveRange(eventsToDelete);
        foreach (var ev in eventsToUnlink)
        {
            ev.PlanItemId = null;
        }

        db.PlanItems.RemoveRange(removedItems);
    }

    private void Compare(PlanContext context, PlanSheet sheet)
    {
        var (outline, outlineProblems) = PlanOutline.Build(context.Project.Layout, sheet.Rows.Select(r => (r.Row, r.Number)).ToList());
        problems.AddRange(outlineProblems.Select(p => new PlanSheetProblem(p.Row, PlanSheet.NumberColumn, p.Message)));
        slots.AddRange(sheet.Rows.Select((row, i) => new Slot(row, outline[i])));
        MatchHeadings(context, outlineProblems.Select(p => p.Row).ToHashSet());
        var rows = slots.Where(s => !s.IsHeading).ToList();
        var matches = PlanRowMatching.Match(
            rows.Select(s => new PlanMatchKey(s.Outline.Kind, s.Outline.Number, s.Row.Name)).ToList(),
            context.Items.Where(i => PlanShape.HasOwnName(i.Kind))
                .Select(i => (i.Id, new PlanMatchKey(i.Kind, context.OldNumbers.GetValueOrDefault(i.Id, ""), i.Name ?? ""))).ToList());
        for (var i = 0; i < rows.Count; i++)
        {
            rows[i].Item = matches[i] is { } id ? context.ItemsById[id] : null;
            CompareFields(context, sheet, rows[i]);
        }

        var orders = new Dictionary<int, int>();
        foreach (var slot in slots)
        {
            slot.SortOrder = orders.GetValueOrDefault(slot.Outline.ParentIndex);
            orders[slot.Outline.ParentIndex] = slot.SortOrder + 1;
        }
    }

    // A heading names a passport stage (task): the plan item that already shows it, else a new one; a heading whose
    // name the passport does not have is refused, since stages and tasks are made and renamed in the passport.
    private void MatchHeadings(PlanContext context, HashSet<int> misplaced)
    {
        var taken = new HashSet<int>();
        foreach (var slot in slots.Where(s => s.IsHeading && !misplaced.Contains(s.Row.Row)))
        {
            var stage = slot.Outline.Kind == PlanItemKind.Stage;
            var printed = context.Printed.Values.FirstOrDefault(r =>
                r.Kind == PlanFormRowKind.Heading && !taken.Contains(r.ItemId!.Value) && Same(slot.Row.Number, r.Name));
            var name = PlanRowMatching.NameKey(slot.Outline.HeadingName);
            var passportId = stage
                ? context.Stages.FirstOrDefault(s => PlanRowMatching.NameKey(s.Name) == name)?.Id
                : context.Tasks.FirstOrDefault(t => PlanRowMatching.NameKey(t.Value) == name).Key is var taskId and > 0 ? taskId : null;
            var item = printed is not null ? context.ItemsById[printed.ItemId!.Value]
                : passportId is null ? null
                : context.Items.FirstOrDefault(i => !taken.Contains(i.Id) && (stage ? i.StageId : i.TaskId) == passportId);
            if (item is null && passportId is null)
            {
                problems.Add(new PlanSheetProblem(slot.Row.Row, PlanSheet.NumberColumn, stage
                    ? $"этапа «{Short(slot.Outline.HeadingName ?? "")}» нет в паспорте проекта: этапы добавляются и переименовываются в паспорте (раздел «Этапы»)"
                    : $"задачи «{Short(slot.Outline.HeadingName ?? "")}» нет в паспорте проекта: задачи добавляются и переименовываются в паспорте (раздел «Задачи и результаты»)"));
                continue;
            }

            if (item is not null)
            {
                taken.Add(item.Id);
            }

            slot.Item = item;
            slot.StageId = stage ? passportId ?? item?.StageId : null;
            slot.TaskId = stage ? null : passportId ?? item?.TaskId;
        }
    }

    private void CompareFields(PlanContext context, PlanSheet sheet, Slot slot)
    {
        var row = slot.Row;
        var printed = slot.Item is { } existing ? context.Printed.GetValueOrDefault(existing.Id) : null;
        if (row.Name.Length == 0)
        {
            problems.Add(new PlanSheetProblem(row.Row, PlanSheet.NameColumn, "не указано наименование"));
        }
        else
        {
            Field(slot, "Наименование", PlanSheet.NameColumn, row.Name, printed?.PrintedName, text =>
            {
                var name = printed?.Marker is { } marker && text.EndsWith(" " + marker, StringComparison.Ordinal) ? text[..^(marker.Length + 1)].TrimEnd() : text;
                return Longer(name, 5000, "наименование") is { } error ? (null, error) : ((item, _) => item.Name = name, null);
            });
        }

        var start = slot.Item?.StartDate;
        var end = slot.Item?.EndDate;
        var datesTyped = slot.Item is null;
        Field(slot, "Начало", PlanSheet.StartColumn, row.Start, printed?.Start?.Text, text =>
        {
            if (!PlanCellText.TryParseStart(text, out var cell, out var error) || (error = Longer(cell.Note, 300, "пометка после даты")) is not null)
            {
                return (null, error);
            }

            (start, datesTyped) = (cell.Date, true);
            return ((item, _) => (item.StartDate, item.StartNote, item.StartText) = (cell.Date, cell.Note, null), null);
        });
        Field(slot, "Окончание", PlanSheet.EndColumn, row.End, printed?.End?.Text, text =>
        {
            if (!PlanCellText.TryParseEnd(text, out var cell, out var error)
                || (error = Longer(cell.Note, 300, "пометка после даты") ?? Longer(cell.Deadline, 300, "срок словами")) is not null)
            {
                return (null, error);
            }

            (end, datesTyped) = (cell.Date, true);
            return ((item, _) =>
            {
                (item.EndDate, item.EndNote, item.EndText) = (cell.Date, cell.Note, null);
                (item.DeadlineText, item.ReportDates) = (cell.Deadline, cell.ReportDates.ToList());
            }, null);
        });
        if (datesTyped && PlanDates.OrderError(start, end) is { } order)
        {
            problems.Add(new PlanSheetProblem(row.Row, PlanSheet.EndColumn, order.TrimEnd('.').ToLowerInvariant()));
        }

        if (sheet.National)
        {
            Field(slot, "Вид документа и характеристика результата", PlanSheet.DocumentColumn, row.DocumentType, printed?.DocumentType,
                text => Longer(text, 2000, "текст") is { } error ? (null, error) : ((item, _) => item.DocumentType = Clean(text), null));
            Field(slot, "Уровень контроля", PlanSheet.LevelColumn, row.ControlLevel, printed?.ControlLevel, text =>
                PlanCellText.TryParseControlLevel(text, out var level, out var label, out var error) && (error = Longer(label, 300, "уровень контроля")) is null
                    ? ((item, _) => (item.ControlLevel, item.ControlLevelText) = (level, label), null)
                    : (null, error));
        }
        else
        {
            Field(slot, "Результат: наименование, единица измерения", PlanSheet.IndicatorColumn, row.Indicator, printed?.Indicator, text =>
            {
                var (name, unit) = PlanCellText.SplitIndicator(text, context.Units);
                return Longer(name, 2000, "наименование показателя") is { } error ? (null, error)
                    : ((item, _) => (item.IndicatorName, item.IndicatorUnit) = (name, unit), null);
            });
            CompareValues(sheet, slot, printed);
        }

        Field(slot, "Ответственный исполнитель", sheet.ResponsibleColumn(), row.Responsible, printed?.Responsible, text =>
        {
            var entries = ResponsibleText.Parse(text, context.KnownResponsibles, context.People);
            var error = entries.Select(e => Longer(e.PositionText, 2000, "должность") ?? Longer(e.PersonId is null ? e.Text ?? e.Printed : null, 1000, "исполнитель"))
                .FirstOrDefault(e => e is not null);
            return error is not null ? (null, error) : ((item, db) => ReplaceResponsibles(item, entries, db), null);
        });
    }

    // «Плановое значение»: one column, or one per year; a row of a per-year plan that plans one value has it merged across them.
    private void CompareValues(PlanSheet sheet, Slot slot, PlanFormRow? printed)
    {
        var row = slot.Row;
        if (row.YearValues.Count == 0)
        {
            Field(slot, "Плановое значение", PlanSheet.ValueColumn(), row.PlannedValue, printed?.PlannedValue, text =>
                Longer(text, 300, "плановое значение") is { } error ? (null, error)
                    : ((item, _) => (item.PlannedValueText, item.PlannedValue) = (Clean(text), NumberPhrase.Parse(text)), null));
            return;
        }

        for (var i = 0; i < sheet.Years.Count && i < row.YearValues.Count; i++)
        {
            var year = sheet.Years[i];
            var old = slot.Item?.YearValues.FirstOrDefault(v => v.Year == year)?.Text;
            Field(slot, $"Плановое значение {year}", PlanSheet.ValueColumn(i), row.YearValues[i], old, text =>
                ((item, _) => item.YearValues = item.YearValues.Where(v => v.Year != year)
                    .Concat(Clean(text) is { } value ? [new PlanYearValue { Year = year, Text = value }] : [])
                    .OrderBy(v => v.Year)
                    .ToList(), null));
        }
    }

    // A cell of an existing item that reads as the export wrote it is left alone; a changed or new one is parsed into fields.
    private void Field(Slot slot, string label, string column, string cell, string? printed, Func<string, (Action<PlanItem, AppDbContext>? Update, string? Error)> parse)
    {
        if (slot.Item is not null && Same(cell, printed))
        {
            return;
        }

        var (update, error) = parse(cell);
        if (error is not null)
        {
            problems.Add(new PlanSheetProblem(slot.Row.Row, column, error));
            return;
        }

        slot.Updates.Add(update!);
        if (slot.Item is not null)
        {
            slot.Changes.Add(new FieldChange(label, printed ?? "", cell));
        }
    }

    // A removed item takes its subtree with it. Its control events go as in the plan editor: one that is nothing but the
    // control point (name, date and executor come from it) is deleted, one with its own name and date stays unlinked.
    // But a report is not thrown away by a spreadsheet: an event already done or cancelled stops the upload.
    private async Task FindRemovedAsync(AppDbContext db, PlanContext context, CancellationToken ct)
    {
        var kept = slots.Where(s => s.Item is not null).Select(s => s.Item!.Id).ToHashSet();
        removedItems.AddRange(context.Items.Where(i => !kept.Contains(i.Id)));
        var removedIds = removedItems.Select(i => i.Id).ToList();
        var events = await db.ControlEvents
            .Where(e => e.ProjectId == projectId && e.PlanItemId != null && removedIds.Contains(e.PlanItemId.Value))
            .ToListAsync(ct);
        foreach (var ev in events)
        {
            var item = context.ItemsById[ev.PlanItemId!.Value];
            if (ev.Name is not null)
            {
                eventsToUnlink.Add(ev);
            }
            else if (ev.Status == ControlEventStatus.Planned)
            {
                eventsToDelete.Add(ev);
            }
            else
            {
                problems.Add(new PlanSheetProblem(0, null,
                    $"Пункта «{context.OldNumbers[item.Id]} {Short(context.Title(item))}» нет в файле, но его контрольное событие уже " +
                    $"{(ev.Status == ControlEventStatus.Done ? "отмечено выполненным" : "отменено")}. Такой пункт удаляют в плане на портале " +
                    "(ссылка «удалить»), чтобы отчёт о событии не пропал незаметно; либо верните строку в файл."));
            }
        }
    }

    // A closed stage is read-only in the plan editor (StageLockRules); a spreadsheet must not get round that. Rows of
    // such a stage may stay in the file as they are: only a change, a move, an addition under it or a removal stops the upload.
    private void FindLocked(PlanContext context)
    {
        var closed = context.Stages.Where(s => s.Closed).Select(s => s.Id).ToHashSet();
        if (closed.Count == 0)
        {
            return;
        }

        var locked = StageLockRules.LockedItems(context.Items.Select(i => (i.Id, i.ParentId, i.StageId)).ToList(), closed);
        foreach (var slot in slots)
        {
            var parent = slot.Outline.ParentIndex >= 0 ? slots[slot.Outline.ParentIndex].Item : null;
            var touches = slot.Item is { } item
                ? locked.Contains(item.Id) && (slot.Updates.Count > 0 || item.ParentId != parent?.Id)
                : (parent is not null && locked.Contains(parent.Id)) || (slot.StageId is { } stage && closed.Contains(stage));
            if (touches)
            {
                problems.Add(new PlanSheetProblem(slot.Row.Row, null, "строка относится к закрытому этапу. " + StageLockRules.Message));
            }
        }

        foreach (var item in removedItems.Where(i => locked.Contains(i.Id)))
        {
            problems.Add(new PlanSheetProblem(0, null,
                $"Пункта «{context.OldNumbers[item.Id]} {Short(context.Title(item))}» нет в файле, но он относится к закрытому этапу. {StageLockRules.Message}"));
        }
    }

    // The preview: numbers of the new plan (new rows get temporary negative ids), moves, and what removals do.
    private void Describe(PlanContext context)
    {
        var ids = slots.Select((s, i) => s.Item?.Id ?? -(i + 1)).ToList();
        int? ParentId(Slot slot) => slot.Outline.ParentIndex >= 0 ? ids[slot.Outline.ParentIndex] : null;
        var newNumbers = PlanNumbering.Number(slots.Select((s, i) => new PlanNode(ids[i], ParentId(s), s.Outline.Kind, s.SortOrder)));
        var moved = Moved(context, ParentId);
        for (var i = 0; i < slots.Count; i++)
        {
            var slot = slots[i];
            var kindName = PlanShape.KindName(slot.Outline.Kind);
            if (slot.Item is not { } item)
            {
                var title = slot.IsHeading ? slot.Outline.HeadingName ?? "" : slot.Row.Name;
                var term = string.Join(" – ", new[] { slot.Row.Start, slot.Row.End }.Where(t => t.Length > 0));
                added.Add(new AddedItem(newNumbers[ids[i]], kindName, title, term, slot.Row.Responsible));
                continue;
            }

            if (moved.Contains(item.Id))
            {
                slot.Changes.Insert(0, new FieldChange("Место в плане", $"№ {context.OldNumbers[item.Id]}", $"№ {newNumbers[item.Id]}"));
            }

            if (slot.Changes.Count > 0)
            {
                changed.Add(new ChangedItem(newNumbers[item.Id], kindName, context.Title(item), slot.Changes));
            }
        }

        var deleted = eventsToDelete.ToLookup(e => e.PlanItemId);
        var unlinked = eventsToUnlink.ToLookup(e => e.PlanItemId);
        foreach (var item in removedItems.OrderBy(i => context.Order.GetValueOrDefault(i.Id)))
        {
            var notes = new List<string>();
            if (deleted[item.Id].Any())
            {
                notes.Add($"удаляется его контрольное событие ({deleted[item.Id].Count()})");
            }

            if (unlinked[item.Id].Any())
            {
                notes.Add($"контрольные события со своим названием остаются без связи с планом ({unlinked[item.Id].Count()})");
            }

            removed.Add(new RemovedItem(context.OldNumbers[item.Id], PlanShape.KindName(item.Kind), context.Title(item),
                notes.Count == 0 ? null : string.Join("; ", notes)));
        }
    }

    // Moved: under another parent, or in another order among the siblings that stay under the same parent.
    private HashSet<int> Moved(PlanContext context, Func<Slot, int?> newParent)
    {
        var moved = new HashSet<int>();
        var staying = new List<(Slot Slot, int? Parent)>();
        foreach (var slot in slots.Where(s => s.Item is not null))
        {
            var parent = newParent(slot);
            if (parent != slot.Item!.ParentId)
            {
                moved.Add(slot.Item.Id);
            }
            else
            {
                staying.Add((slot, parent));
            }
        }

        foreach (var siblings in staying.GroupBy(s => s.Parent))
        {
            var inFile = siblings.Select(s => s.Slot.Item!.Id).ToList();
            var before = inFile.OrderBy(id => context.ItemsById[id].SortOrder).ThenBy(id => id).ToList();
            moved.UnionWith(inFile.Where((id, i) => before[i] != id));
        }

        return moved;
    }

    // An executor the cell still names keeps its row (and whatever the cell cannot say: e-mail, phone); the others are replaced.
    private static void ReplaceResponsibles(PlanItem item, IReadOnlyList<ResponsibleEntry> entries, AppDbContext db)
    {
        var old = item.Responsibles.ToList();
        var kept = new List<Responsible>();
        foreach (var (entry, order) in entries.Select((e, i) => (e, i)))
        {
            var row = old.FirstOrDefault(r => !kept.Contains(r) && PlanContext.PrintedExecutor(r) == entry.Printed);
            if (row is null)
            {
                row = new Responsible
                {
                    PersonId = entry.PersonId,
                    NameText = entry.PersonId is null ? null : entry.NameText,
                    PositionText = entry.PersonId is null ? null : entry.PositionText,
                    Text = entry.PersonId is null ? entry.Text ?? entry.Printed : null,
                    OrganisationId = entry.PersonId is null ? entry.OrganisationId : null,
                };
                item.Responsibles.Add(row);
            }

            row.SortOrder = order;
            kept.Add(row);
        }

        foreach (var gone in old.Where(r => !kept.Contains(r)))
        {
            item.Responsibles.Remove(gone);
            db.Responsibles.Remove(gone);
        }
    }

    /// <summary>
    /// Equal as the plan shows them: the same text after trimming, or — for a cell Excel keeps as a number — the same
    /// number («29 310,220» is read back as 29310,22).
    /// </summary>
    private static bool Same(string cell, string? printed)
    {
        var a = cell.Trim();
        var b = (printed ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        return a == b
            || (XlsxCells.IsPlainNumber(a) && XlsxCells.IsPlainNumber(b) && NumberPhrase.Parse(a) is { } x && x == NumberPhrase.Parse(b));
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    // The database's column lengths, said before saving instead of failing there.
    private static string? Longer(string? text, int max, string what) =>
        text is not null && text.Trim().Length > max ? $"{what} длиннее {max} символов" : null;

    private static string Short(string text) => text.Length <= 120 ? text : text[..117] + "…";

    /// <summary>A row of the upload on its way to becoming an item: the row, its place, the item it is and what changes.</summary>
    private sealed class Slot(PlanSheetRow row, PlanOutlineRow outline)
    {
        public PlanSheetRow Row { get; } = row;
        public PlanOutlineRow Outline { get; } = outline;
        public bool IsHeading => Outline.Kind is PlanItemKind.Stage or PlanItemKind.Task;
        public PlanItem? Item { get; set; }
        public int? StageId { get; set; }
        public int? TaskId { get; set; }
        public int SortOrder { get; set; }
        public List<Action<PlanItem, AppDbContext>> Updates { get; } = [];
        public List<FieldChange> Changes { get; } = [];
    }
}
