using System.ComponentModel.DataAnnotations;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Web.Infrastructure;

/// <summary>A typed value whose number would not fit the column beside it («слишком большое число»), see <see cref="NumberPhrase.SizeError"/>.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NumberSizeAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        NumberPhrase.SizeError(value as string) is { } error
            ? new ValidationResult(error, validationContext.MemberName is { } member ? [member] : null)
            : ValidationResult.Success;
}
