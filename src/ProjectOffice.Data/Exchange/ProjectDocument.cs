using System.Text.Json;
using System.Text.Json.Serialization;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Domain.Risks;

namespace ProjectOffice.Data.Exchange;

// The projectoffice/1 exchange format (docs/project-format.md), one record per JSON object.
// Kept in one file on purpose: it is one format, read top to bottom like its documentation.
#pragma warning disable CA1002 // List<T> keeps the JSON shape plain for System.Text.Json
#pragma warning disable CA2227 // settable collections are how System.Text.Json fills them

public sealed class ProjectDocument
{
    public const string CurrentFormat = "projectoffice/1";

    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false), new ImportDateConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        MaxDepth = 32,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public required string Format { get; set; }
    public required ProjectDto Project { get; set; }
    public List<OrganisationDto> Organisations { get; set; } = [];
    public List<PersonDto> People { get; set; } = [];
    public List<FundingSourceDto> FundingSources { get; set; } = [];
}

public sealed class OrganisationDto
{
    public required string Key { get; set; }
    public required string Name { get; set; }
    public string? ShortName { get; set; }
}

public sealed class PersonDto
{
    public required string Key { get; set; }
    public required string FullName { get; set; }
    public string? Position { get; set; }
    public string? Organisation { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
}

public sealed class FundingSourceDto
{
    public required string Key { get; set; }
    public required string Name { get; set; }
    public string? NameGenitive { get; set; }
}

public sealed class ProjectDto
{
    public required ProjectLayout Layout { get; set; }
    public ProjectLevel? Level { get; set; }
    public ProjectKind? Kind { get; set; }
    public required string Name { get; set; }
    public string? ShortName { get; set; }
    public string? NationalProject { get; set; }
    public string? FederalProject { get; set; }
    public string? RegionalProject { get; set; }
    public string? Municipality { get; set; }
    public List<StrategicGoalDto>? StrategicGoals { get; set; }
    public string? FunctionalBlock { get; set; }
    public required PeriodDto Period { get; set; }
    public PersonMentionDto? Initiator { get; set; }
    public PersonMentionDto? Curator { get; set; }
    public PersonMentionDto? Leader { get; set; }
    public PersonMentionDto? DeputyLeader { get; set; }
    public PersonMentionDto? Administrator { get; set; }
    public PersonMentionDto? Coordinator { get; set; }
    public List<PersonMentionDto>? Executors { get; set; }
    public string? InitiationBasis { get; set; }
    public List<string>? Programmes { get; set; }
    public string? Goal { get; set; }
    public List<IndicatorDto>? Indicators { get; set; }
    public List<TaskDto>? Tasks { get; set; }
    public List<string>? ExpectedResults { get; set; }
    public List<StageDto>? Stages { get; set; }
    public BudgetDto? Budget { get; set; }
    public string? RelatedProjectsText { get; set; }
    public RisksDto? Risks { get; set; }
    public List<ParticipantGroupDto>? ParticipantGroups { get; set; }
    public PlanDto? Plan { get; set; }
    public List<ControlEventDto>? ControlEvents { get; set; }
    public List<SectionDto>? AdditionalMaterials { get; set; }
    public List<FootnoteDto>? Footnotes { get; set; }
    public List<FormSettingsDto>? Forms { get; set; }

    /// <summary>The risk and problem register; optional (documents written before it existed have none).</summary>
    public RiskRegisterDto? RiskRegister { get; set; }
}

public sealed class PeriodDto
{
    public required DateOnly Start { get; set; }
    public required DateOnly End { get; set; }
}

[JsonConverter(typeof(JsonStringEnumConverter<GoalScope>))]
public enum GoalScope
{
    [JsonStringEnumMemberName("region")] Region,
    [JsonStringEnumMemberName("city")] City,
}

public sealed class StrategicGoalDto
{
    public required GoalScope Scope { get; set; }
    public string? Caption { get; set; }
    public required string Text { get; set; }
}

public sealed class PersonMentionDto
{
    public required string Person { get; set; }
    public string? PositionText { get; set; }
    public string? NameText { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
}

public sealed class TextVariantDto
{
    public required FormKind Form { get; set; }
    public required string Text { get; set; }
}

public sealed class StageDto
{
    public required string Key { get; set; }
    public required string Name { get; set; }
    public required DateOnly Start { get; set; }
    public required DateOnly End { get; set; }
    public List<TextVariantDto>? PrintedNames { get; set; }
}

public sealed class TaskDto
{
    public required string Key { get; set; }
    public required string Name { get; set; }
    public List<TextVariantDto>? PrintedNames { get; set; }
    public List<ResultDto>? Results { get; set; }
}

public sealed class ResultDto
{
    public required string Key { get; set; }
    public required List<JsonElement> Name { get; set; }
    public List<JsonElement>? Characteristic { get; set; }
}

public sealed class BaselineDto
{
    public required string Value { get; set; }
    public DateOnly? Date { get; set; }
}

public sealed class YearValueDto
{
    public required int Year { get; set; }
    public required string Value { get; set; }

    /// <summary>The period as typed over the value («на 01.01.2025»); indicators only, the year prints when absent.</summary>
    public string? PeriodText { get; set; }
}

public sealed class ActualDto
{
    public int? Year { get; set; }
    public string? PeriodText { get; set; }
    public required string Value { get; set; }
    public DateOnly? ReportedOn { get; set; }
    public string? Comment { get; set; }
}

public sealed class CalculationMethodDto
{
    public string? Formula { get; set; }
    public string? BaseValue { get; set; }
    public string? DataSource { get; set; }
    public string? DataCollector { get; set; }
    public string? AggregationLevel { get; set; }
    public string? Periodicity { get; set; }
    public string? AdditionalInfo { get; set; }
}

public sealed class OrganisationBreakdownDto
{
    public string? Organisation { get; set; }
    public required string OrganisationText { get; set; }
    public BaselineDto? Baseline { get; set; }
    public List<YearValueDto>? Values { get; set; }
}

public sealed class IndicatorDto
{
    public required string Key { get; set; }
    public required IndicatorType Type { get; set; }
    public required string Name { get; set; }
    public string? Unit { get; set; }
    public bool? UnitInName { get; set; }
    public bool? Cumulative { get; set; }
    public BaselineDto? Baseline { get; set; }
    public List<YearValueDto>? Values { get; set; }
    public List<ActualDto>? Actuals { get; set; }
    public CalculationMethodDto? CalculationMethod { get; set; }
    public List<OrganisationBreakdownDto>? ByOrganisation { get; set; }
    public List<TextVariantDto>? PrintedNames { get; set; }
}

public sealed class BudgetAmountDto
{
    public string? Source { get; set; }
    public int? Year { get; set; }
    public required string Amount { get; set; }
}

public sealed class BudgetLineDto
{
    public string? Key { get; set; }
    public string? Title { get; set; }
    public string? Stage { get; set; }
    public string? Result { get; set; }

    /// <summary>A national direction's number as the paper typed it («1.3.»); absent: numbered by position.</summary>
    public string? Number { get; set; }
    public string? BudgetCode { get; set; }
    public required List<BudgetAmountDto> Amounts { get; set; }
}

public sealed class BudgetDto
{
    public required BudgetBreakdown Breakdown { get; set; }
    public required List<BudgetLineDto> Lines { get; set; }

    /// <summary>
    /// The project's totals as the signed paper typed them, printed instead of the computed sums: a source (or none: all
    /// sources) and a year (or none: all years) per total. Absent in projectoffice/1 documents that have none.
    /// </summary>
    public List<BudgetAmountDto>? TypedTotals { get; set; }
}

public sealed class RisksDto
{
    public List<string>? External { get; set; }
    public List<string>? Internal { get; set; }
}

public sealed class ParticipantDto
{
    public required MemberRole Role { get; set; }
    public string? Person { get; set; }
    public string? NameText { get; set; }
    public string? PositionText { get; set; }
    public string? Supervisor { get; set; }
    public string? SupervisorText { get; set; }
    public string? Employment { get; set; }
}

public sealed class ParticipantGroupDto
{
    public required ParticipantGroupKind Kind { get; set; }
    public string? Title { get; set; }
    public string? Result { get; set; }
    public required List<ParticipantDto> Participants { get; set; }
}

public sealed class TableDto
{
    public required List<string> Columns { get; set; }
    public required List<List<string>> Rows { get; set; }
}

public sealed class SectionDto
{
    public required SectionKind Kind { get; set; }
    public required string Title { get; set; }
    public List<JsonElement>? Blocks { get; set; }
    public List<BudgetLineDto>? Lines { get; set; }
    public TableDto? Table { get; set; }
}

public sealed class SignatureDto
{
    public required SignatureKind Kind { get; set; }
    public required SignaturePlacement Placement { get; set; }
    public string? Person { get; set; }
    public required string PositionText { get; set; }
    public string? OrganisationText { get; set; }
    public required string NameText { get; set; }
    public DateOnly? Date { get; set; }
    public string? DateText { get; set; }
}

public enum SignaturePlacement
{
    Top,
    Bottom,
}

public sealed class FormSettingsDto
{
    public required FormKind Form { get; set; }
    public int? Annex { get; set; }
    public List<SignatureDto>? Signatures { get; set; }
}

public sealed class PlanDto
{
    public required List<PlanItemDto> Items { get; set; }
}

/// <summary>A responsible entry: a person mention (person set) or an organisation named as text.</summary>
public sealed class ResponsibleDto
{
    public string? Person { get; set; }
    public string? PositionText { get; set; }
    public string? NameText { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Organisation { get; set; }
    public string? Text { get; set; }
}

public sealed class ResultIndicatorDto
{
    public required string Name { get; set; }
    public string? Unit { get; set; }
    public string? PlannedValue { get; set; }
}

public sealed class PlanItemDto
{
    public string? Key { get; set; }
    public required PlanItemKind Kind { get; set; }

    /// <summary>The row's own printed number («2.1а»), "" for a row printed without one; absent: derived from position.</summary>
    public string? Number { get; set; }
    public string? Name { get; set; }
    public string? Stage { get; set; }
    public string? Task { get; set; }
    public string? Result { get; set; }
    public DateOnly? Start { get; set; }
    public DateOnly? End { get; set; }
    public string? StartText { get; set; }
    public string? EndText { get; set; }
    public string? StartNote { get; set; }
    public string? EndNote { get; set; }
    public string? DeadlineText { get; set; }
    public List<DateOnly>? ReportDates { get; set; }
    public List<ResponsibleDto>? Responsible { get; set; }

    /// <summary>The executors print one per line (absent: joined with «; » / «, »).</summary>
    public bool? ResponsibleOnLines { get; set; }
    public ResultIndicatorDto? ResultIndicator { get; set; }

    /// <summary>A row's own unit when it has no named result indicator (the row's name is the result).</summary>
    public string? Unit { get; set; }

    /// <summary>A row's own planned value when it has no named result indicator.</summary>
    public string? PlannedValue { get; set; }
    public List<YearValueDto>? Values { get; set; }
    public string? DocumentType { get; set; }
    public ControlLevel? ControlLevel { get; set; }
    public string? ControlLevelText { get; set; }
    public List<PlanItemDto>? Children { get; set; }
}

public sealed class ControlEventDto
{
    public required string Key { get; set; }
    public string? PlanItem { get; set; }
    public string? Name { get; set; }
    public DateOnly? PlannedDate { get; set; }
    public string? PlannedDateText { get; set; }
    public List<ResponsibleDto>? Responsible { get; set; }
    public string? Stage { get; set; }
    public required ControlEventStatus Status { get; set; }
    public DateOnly? DoneOn { get; set; }
    public string? DoneBy { get; set; }
    public string? Comment { get; set; }
    public List<string>? Evidence { get; set; }
    public string? CancelReason { get; set; }
}

public sealed class FootnoteDto
{
    public required FormKind Form { get; set; }
    public required string Marker { get; set; }

    /// <summary>Written even when null: the format requires the field (null = the paper shows no text).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required string? Text { get; set; }
    public string? PlanItem { get; set; }

    /// <summary>The plan item's cell the marker follows; absent: after its name.</summary>
    public FootnoteCell? Cell { get; set; }
    public string? Indicator { get; set; }
    public string? Caption { get; set; }
}

public sealed class RiskRegisterDto
{
    public List<RiskDto>? Risks { get; set; }
    public List<ProblemDto>? Problems { get; set; }
}

public sealed class RiskDto
{
    public required string Key { get; set; }
    public required RiskKind Kind { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public string? Cause { get; set; }
    public string? Consequence { get; set; }
    public string? Owner { get; set; }
    public required int Probability { get; set; }
    public required int Impact { get; set; }
    public required RiskStrategy Strategy { get; set; }
    public string? Trigger { get; set; }
    public DateOnly? ReviewDate { get; set; }
    public required RiskStatus Status { get; set; }
    public string? PassportText { get; set; }
    public List<RiskMeasureDto>? Measures { get; set; }
    public List<RiskStatusChangeDto>? History { get; set; }
}

public sealed class RiskMeasureDto
{
    public required string Text { get; set; }
    public string? PlanItem { get; set; }
    public string? ControlEvent { get; set; }
}

public sealed class RiskStatusChangeDto
{
    public required DateTimeOffset At { get; set; }
    public RiskStatus? From { get; set; }
    public required RiskStatus To { get; set; }
    public string? UserName { get; set; }
    public string? Comment { get; set; }
}

public sealed class ProblemDto
{
    public string? Risk { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public string? Decision { get; set; }
    public string? Responsible { get; set; }
    public DateOnly? Deadline { get; set; }
    public required ProblemStatus Status { get; set; }
    public DateOnly? ResolvedOn { get; set; }
}
