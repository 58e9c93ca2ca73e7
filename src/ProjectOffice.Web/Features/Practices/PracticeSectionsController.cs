using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Domain.Practices;

namespace ProjectOffice.Web.Features.Practices;

/// <summary>The section editors of a practice passport: long texts, tables, the author-defined table of section 14.</summary>
[Route("practices/{id:int}")]
public sealed class PracticeSectionsController(AppDbContext db, IAuthorizationService auth, TimeProvider clock) : Controller
{
    private const string Views = "~/Features/Practices/";

    [HttpGet("texts/{slug}")]
    public async Task<IActionResult> EditText(int id, string slug, CancellationToken ct)
    {
        if (PracticeTextSection.Find(slug) is not { } section)
        {
            return NotFound();
        }

        if (await auth.RefuseEditAsync(User, db, id, ct) is { } refusal)
        {
            return refusal;
        }

        var practice = await db.Practices.AsNoTracking().SingleAsync(p => p.Id == id, ct);
        return TextView(new PracticeTextForm { Version = practice.Version, Text = section.Get(practice) }, practice, section);
    }

    [HttpPost("texts/{slug}")]
    public async Task<IActionResult> EditText(int id, string slug, PracticeTextForm form, CancellationToken ct)
    {
        if (PracticeTextSection.Find(slug) is not { } section)
        {
            return NotFound();
        }

        if (await auth.RefuseEditAsync(User, db, id, ct) is { } refusal)
        {
            return refusal;
        }

        var practice = await db.Practices.SingleAsync(p => p.Id == id, ct);
        if (!ModelState.IsValid)
        {
            return TextView(form, practice, section);
        }

        var now = clock.GetUtcNow();
        var before = section.Get(practice);
        db.ExpectVersion(practice, form.Version, now);
        section.Set(practice, PracticeRules.CanonicalRichText(form.Text));
        db.RecordChange(User, practice, now, section.Title, before, section.Get(practice));
        if (!await db.TrySavePracticeAsync(ModelState, ct))
        {
            return TextView(form, practice, section);
        }

        return Redirect($"/practices/{id}#section-{section.Section}");
    }

    [HttpGet("tables/{slug}")]
    public async Task<IActionResult> EditTable(int id, string slug, CancellationToken ct)
    {
        if (PracticeTables.Find(slug) is not { } table)
        {
            return NotFound();
        }

        if (await auth.RefuseEditAsync(User, db, id, ct) is { } refusal)
        {
            return refusal;
        }

        var practice = await table.Include(db.Practices.AsNoTracking()).SingleAsync(p => p.Id == id, ct);
        return TableView(new PracticeTableForm { Version = practice.Version, Rows = table.ReadRows(practice) }, practice, table);
    }

    [HttpPost("tables/{slug}")]
    public async Task<IActionResult> EditTable(int id, string slug, PracticeTableForm form, CancellationToken ct)
    {
        if (PracticeTables.Find(slug) is not { } table)
        {
            return NotFound();
        }

        if (await auth.RefuseEditAsync(User, db, id, ct) is { } refusal)
        {
            return refusal;
        }

        var practice = await table.Include(db.Practices).SingleAsync(p => p.Id == id, ct);
        table.Shape(form.Rows);
        var command = TableCommand.Parse(form.Command);
        if (!command.IsSave)
        {
            // Re-show with the change applied: the posted values under the old indexes must not win over the moved rows.
            ModelState.Clear();
            command.ApplyTo(form.Rows, () => new PracticeTableRowForm { Cells = [.. table.Columns.Select(_ => (string?)null)] });
            return TableView(form, practice, table);
        }

        if (!table.Validate(form.Rows, ModelState) || !ModelState.IsValid)
        {
            return TableView(form, practice, table);
        }

        var now = clock.GetUtcNow();
        var before = PracticeTable.Describe(table.ReadRows(practice));
        db.ExpectVersion(practice, form.Version, now);
        table.WriteRows(practice, form.Rows);
        db.RecordChange(User, practice, now, table.Title, before, PracticeTable.Describe(table.ReadRows(practice)));
        if (!await db.TrySavePracticeAsync(ModelState, ct))
        {
            return TableView(form, practice, table);
        }

        return Redirect($"/practices/{id}#section-{table.Section}");
    }

    [HttpGet("description-table")]
    public async Task<IActionResult> EditDescriptionTable(int id, CancellationToken ct)
    {
        if (await auth.RefuseEditAsync(User, db, id, ct) is { } refusal)
        {
            return refusal;
        }

        var practice = await db.Practices.AsNoTracking().SingleAsync(p => p.Id == id, ct);
        return DescriptionTableView(new DescriptionTableForm
        {
            Version = practice.Version,
            Columns = [.. practice.DescriptionTableColumns],
            Rows = practice.DescriptionTableRows.Select(r => new PracticeTableRowForm { Cells = [.. r] }).ToList(),
        }, practice);
    }

    [HttpPost("description-table")]
    public async Task<IActionResult> EditDescriptionTable(int id, DescriptionTableForm form, CancellationToken ct)
    {
        if (await auth.RefuseEditAsync(User, db, id, ct) is { } refusal)
        {
            return refusal;
        }

        var practice = await db.Practices.SingleAsync(p => p.Id == id, ct);
        form.Shape();
        var command = TableCommand.Parse(form.Command);
        if (!command.IsSave)
        {
            ModelState.Clear();
            ApplyColumnCommand(form, command);
            return DescriptionTableView(form, practice);
        }

        var columns = form.Columns.Select(PracticeRules.NormaliseText).ToList();
        for (var j = 0; j < columns.Count; j++)
        {
            if (columns[j] is null)
            {
                ModelState.AddModelError($"Columns[{j}]", "Введите заголовок столбца или удалите столбец.");
            }
            else if (columns[j]!.Length > PracticeRules.ShortTextLength)
            {
                ModelState.AddModelError($"Columns[{j}]", $"Не более {PracticeRules.ShortTextLength} символов.");
            }
        }

        if (form.Rows.Count > 0 && columns.Count == 0)
        {
            ModelState.AddModelError("", "Добавьте в таблицу хотя бы один столбец.");
        }

        var rows = form.Rows.Select(r => r.Cells.Select(c => PracticeRules.NormaliseText(c) ?? "").ToList()).ToList();
        for (var i = 0; i < rows.Count; i++)
        {
            for (var j = 0; j < rows[i].Count; j++)
            {
                if (rows[i][j].Length > PracticeRules.CellLength)
                {
                    ModelState.AddModelError(PracticeTable.CellKey(i, j), $"Не более {PracticeRules.CellLength} символов.");
                }
            }
        }

        if (!ModelState.IsValid)
        {
            return DescriptionTableView(form, practice);
        }

        var now = clock.GetUtcNow();
        var before = DescribeDescriptionTable(practice);
        db.ExpectVersion(practice, form.Version, now);
        practice.DescriptionTableColumns = columns.Select(c => c!).ToList();
        practice.DescriptionTableRows = rows;
        db.RecordChange(User, practice, now, $"{PracticeSections.Heading(14)} — таблица", before, DescribeDescriptionTable(practice));
        if (!await db.TrySavePracticeAsync(ModelState, ct))
        {
            return DescriptionTableView(form, practice);
        }

        return Redirect($"/practices/{id}#section-14");
    }

    private static void ApplyColumnCommand(DescriptionTableForm form, TableCommand command)
    {
        switch (command.Verb)
        {
            case "add-column":
                form.Columns.Add(null);
                form.Shape();
                break;
            case "remove-column" when command.Index >= 0 && command.Index < form.Columns.Count:
                form.Columns.RemoveAt(command.Index);
                form.Rows.ForEach(r => r.Cells.RemoveAt(command.Index));
                break;
            default:
                command.ApplyTo(form.Rows, () => new PracticeTableRowForm { Cells = [.. form.Columns.Select(_ => (string?)null)] });
                break;
        }
    }

    private static string DescribeDescriptionTable(Practice practice) =>
        string.Join(" | ", practice.DescriptionTableColumns) + "\n"
        + PracticeTable.Describe(practice.DescriptionTableRows.Select(r => new PracticeTableRowForm { Cells = [.. r] }));

    private ViewResult TextView(PracticeTextForm form, Practice practice, PracticeTextSection section)
    {
        form.PracticeId = practice.Id;
        form.PracticeName = practice.Name;
        form.Title = section.Title;
        return View(Views + "EditText.cshtml", form);
    }

    private ViewResult TableView(PracticeTableForm form, Practice practice, PracticeTable table)
    {
        form.PracticeId = practice.Id;
        form.PracticeName = practice.Name;
        form.Table = table;
        return View(Views + "EditTable.cshtml", form);
    }

    private ViewResult DescriptionTableView(DescriptionTableForm form, Practice practice)
    {
        form.PracticeId = practice.Id;
        form.PracticeName = practice.Name;
        return View(Views + "EditDescriptionTable.cshtml", form);
    }
}
