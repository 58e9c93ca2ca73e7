using System.Text.Json;
using ProjectOffice.Domain.Practices;

namespace ProjectOffice.Data.Exchange;

// The projectoffice-practice/1 exchange format (docs/practice-format.md), one record per JSON object, in the
// order of the passport's sections. Kept in one file on purpose: it is one format, read top to bottom.
#pragma warning disable CA1002 // List<T> keeps the JSON shape plain for System.Text.Json
#pragma warning disable CA2227 // settable collections are how System.Text.Json fills them

public sealed class PracticeDocument
{
    public const string CurrentFormat = "projectoffice-practice/1";

    /// <summary>The same conventions as projectoffice/1: camelCase, enums as strings, unknown fields refused, nulls left out.</summary>
    public static JsonSerializerOptions JsonOptions => ProjectDocument.JsonOptions;

    public required string Format { get; set; }
    public required PracticeDto Practice { get; set; }
}

public sealed class PracticeDto
{
    public PracticeStatus? Status { get; set; }

    /// <summary>The name of the portal's project this is the experience of; linked when such a project exists.</summary>
    public string? Project { get; set; }
    public int? Annex { get; set; }
    public required string Name { get; set; }
    public required string Territory { get; set; }
    public string? DonorPractice { get; set; }
    public List<JsonElement>? Prerequisites { get; set; }
    public required PracticePeriodDto Period { get; set; }
    public List<JsonElement>? IndicatorsBefore { get; set; }
    public List<JsonElement>? GoalsAndTasks { get; set; }
    public List<string>? Opportunities { get; set; }
    public List<string>? Approaches { get; set; }
    public List<PracticeResultDto>? Results { get; set; }
    public List<PracticeParticipantDto>? Participants { get; set; }
    public List<StakeholderDto>? Involved { get; set; }
    public List<StakeholderDto>? Reached { get; set; }
    public List<JsonElement>? BusinessModel { get; set; }
    public List<JsonElement>? Description { get; set; }
    public PracticeTableDto? DescriptionTable { get; set; }
    public List<JsonElement>? DescriptionAfterTable { get; set; }
    public List<DeploymentActionDto>? DeploymentActions { get; set; }
    public List<AdoptedActDto>? AdoptedActs { get; set; }
    public List<AmendedActDto>? AmendedActs { get; set; }
    public List<PracticeResourceDto>? Resources { get; set; }
    public List<BeneficiaryDto>? Beneficiaries { get; set; }
    public List<PracticeCostDto>? Costs { get; set; }
    public List<JsonElement>? IndicatorsAfter { get; set; }
    public List<JsonElement>? LeaderAndTeam { get; set; }
    public List<PracticeLinkDto>? Links { get; set; }
    public List<PracticeContactDto>? Contacts { get; set; }
    public PracticeSignatureDto? Signature { get; set; }
}

public sealed class PracticePeriodDto
{
    public string? Text { get; set; }
    public required int StartYear { get; set; }
    public int? EndYear { get; set; }
}

public sealed class PracticeResultDto
{
    public required string Indicator { get; set; }
    public string? Unit { get; set; }
    public string? LastYear { get; set; }
    public string? WholePeriod { get; set; }
    public List<JsonElement>? Comment { get; set; }
}

public sealed class PracticeParticipantDto
{
    public required string Name { get; set; }
    public string? Role { get; set; }
}

public sealed class StakeholderDto
{
    public required string Group { get; set; }
    public string? Count { get; set; }
}

public sealed class PracticeTableDto
{
    public required List<string> Columns { get; set; }
    public required List<List<string>> Rows { get; set; }
}

public sealed class DeploymentActionDto
{
    public required string Description { get; set; }
    public string? Executor { get; set; }
}

public sealed class AdoptedActDto
{
    public required string Name { get; set; }
    public string? Result { get; set; }
}

public sealed class AmendedActDto
{
    public required string Name { get; set; }
    public string? Changes { get; set; }
    public string? Result { get; set; }
}

public sealed class PracticeResourceDto
{
    public required string Description { get; set; }
    public List<string>? Purposes { get; set; }
}

public sealed class BeneficiaryDto
{
    public required string Name { get; set; }
    public string? Benefits { get; set; }
}

public sealed class PracticeCostDto
{
    public required string Item { get; set; }
    public required string Amount { get; set; }
    public string? Source { get; set; }
}

public sealed class PracticeLinkDto
{
    public required string Name { get; set; }
    public required string Url { get; set; }
}

public sealed class PracticeContactDto
{
    public required string Name { get; set; }
    public string? Position { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
}

public sealed class PracticeSignatureDto
{
    public string? PositionText { get; set; }
    public string? OrganisationText { get; set; }
    public string? NameText { get; set; }
}
