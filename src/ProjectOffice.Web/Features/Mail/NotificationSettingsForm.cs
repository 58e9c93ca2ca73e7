using System.ComponentModel.DataAnnotations;
using MimeKit;

namespace ProjectOffice.Web.Features.Mail;

/// <summary>The person's own choices: the address letters go to, and per kind on/off and digest/immediately.</summary>
public sealed class NotificationSettingsForm : IValidatableObject
{
    [StringLength(254, ErrorMessage = "Адрес не длиннее 254 знаков.")]
    public string? Email { get; set; }

    public List<KindChoice> Kinds { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(Email) && !IsValidAddress(Email.Trim()))
        {
            yield return new ValidationResult("Введите адрес электронной почты в виде name@example.ru.", [nameof(Email)]);
        }
    }

    /// <summary>One address, with a local part and a domain with a dot: what an SMTP server would take as RCPT TO.</summary>
    public static bool IsValidAddress(string value) =>
        MailboxAddress.TryParse(value, out var address) && address.Address == value && new EmailAddressAttribute().IsValid(value)
        && address.Domain.Contains('.', StringComparison.Ordinal) && !address.Domain.EndsWith('.');
}
