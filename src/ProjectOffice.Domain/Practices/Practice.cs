namespace ProjectOffice.Domain.Practices;

/// <summary>
/// A practice passport (паспорт практики): a finished project's experience for the library of best practices,
/// the 23 sections of seed 002. Long texts are <see cref="Projects.RichText"/> markup; tables are child rows
/// ordered by SortOrder. Numbers of sections and rows and the cost total are computed, never stored.
/// </summary>
public sealed class Practice
{
    public int Id { get; set; }
    public PracticeStatus Status { get; set; } = PracticeStatus.Draft;

    /// <summary>The project whose experience this is; its editors edit the practice. Optional: practices come from elsewhere too.</summary>
    public int? ProjectId { get; set; }

    /// <summary>The account that created the practice; its author edits it while it is a draft.</summary>
    public string? AuthorUserId { get; set; }

    /// <summary>«Приложение № 2» above the title, when the passport is an annex to a document.</summary>
    public int? AnnexNumber { get; set; }

    /// <summary>1. Наименование практики.</summary>
    public string Name { get; set; } = "";

    /// <summary>2. The territory where the practice was implemented («Калужская область, город Обнинск»); the library filters by it.</summary>
    public string Territory { get; set; } = "";

    /// <summary>3. Наименование практики-донора («Отсутствует.»).</summary>
    public string? DonorPractice { get; set; }

    /// <summary>4. Предпосылки реализации.</summary>
    public string? Prerequisites { get; set; }

    /// <summary>5. Сроки реализации as printed; the years below are what the library filters by.</summary>
    public string? PeriodText { get; set; }
    public int StartYear { get; set; }
    public int? EndYear { get; set; }

    /// <summary>6. Показатели … до внедрения практики.</summary>
    public string? IndicatorsBefore { get; set; }

    /// <summary>7. Цель (цели) и задачи практики.</summary>
    public string? GoalsAndTasks { get; set; }

    /// <summary>13. Краткое описание бизнес-модели.</summary>
    public string? BusinessModel { get; set; }

    /// <summary>14. Краткое описание практики: the text, an optional table (its own columns), the text after the table.</summary>
    public string? Description { get; set; }
    public List<string> DescriptionTableColumns { get; set; } = [];
    public List<List<string>> DescriptionTableRows { get; set; } = [];
    public string? DescriptionAfterTable { get; set; }

    /// <summary>20. Показатели … после внедрения практики.</summary>
    public string? IndicatorsAfter { get; set; }

    /// <summary>21. Краткая информация о лидере практики/команде проекта.</summary>
    public string? LeaderAndTeam { get; set; }

    /// <summary>The signature under the passport: position, organisation, name as printed («А.В. Чернат»).</summary>
    public string? SignaturePosition { get; set; }
    public string? SignatureOrganisation { get; set; }
    public string? SignatureName { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>Changes on every save of any section: the optimistic-concurrency token (PostgreSQL xmin).</summary>
    public uint Version { get; set; }

    public List<PracticeListItem> ListItems { get; set; } = [];
    public List<PracticeResult> Results { get; set; } = [];
    public List<PracticeParticipant> Participants { get; set; } = [];
    public List<PracticeStakeholder> Stakeholders { get; set; } = [];
    public List<PracticeAction> Actions { get; set; } = [];
    public List<PracticeNormativeAct> NormativeActs { get; set; } = [];
    public List<PracticeResource> Resources { get; set; } = [];
    public List<PracticeBeneficiary> Beneficiaries { get; set; } = [];
    public List<PracticeCost> Costs { get; set; } = [];
    public List<PracticeLink> Links { get; set; } = [];
    public List<PracticeContact> Contacts { get; set; } = [];

    /// <summary>Whether the practice ran in the given year (the library's year filter).</summary>
    public bool RanIn(int year) => StartYear <= year && year <= (EndYear ?? StartYear);

    /// <summary>Draft → published, by the project office. Null when done, else why not (in Russian).</summary>
    public string? Publish(DateTimeOffset now)
    {
        if (Status == PracticeStatus.Published)
        {
            return "Практика уже опубликована.";
        }

        var missing = MissingForPublication();
        if (missing.Count > 0)
        {
            return "Перед публикацией заполните разделы: " + string.Join(", ", missing) + ".";
        }

        Status = PracticeStatus.Published;
        PublishedAt = now;
        return null;
    }

    /// <summary>Published → draft, so that the team can correct it; the library stops showing it.</summary>
    public string? ReturnToDraft()
    {
        if (Status == PracticeStatus.Draft)
        {
            return "Практика уже в статусе черновика.";
        }

        Status = PracticeStatus.Draft;
        PublishedAt = null;
        return null;
    }

    /// <summary>The sections a reader of the library cannot do without, by their printed numbers and names.</summary>
    public IReadOnlyList<string> MissingForPublication()
    {
        var missing = new List<string>();
        void Need(string? value, int section)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                missing.Add($"{section}. {PracticeSections.Title(section)}");
            }
        }

        Need(Name, 1);
        Need(Territory, 2);
        Need(PeriodText, 5);
        Need(GoalsAndTasks, 7);
        Need(Description, 14);
        return missing;
    }
}
