using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace ProjectOffice.Web.Infrastructure;

/// <summary>Model binding speaks Russian: a mistyped number or date gets a message, not an English sentence.</summary>
public static class RussianModelBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider messages)
    {
        messages.SetValueIsInvalidAccessor(value => $"Значение «{value}» недопустимо.");
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => $"Значение «{value}» недопустимо для поля «{field}».");
        messages.SetValueMustBeANumberAccessor(field => $"Поле «{field}» должно быть числом.");
        messages.SetMissingBindRequiredValueAccessor(field => $"Не указано значение поля «{field}».");
        messages.SetMissingKeyOrValueAccessor(() => "Значение обязательно.");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "Тело запроса не может быть пустым.");
        messages.SetValueMustNotBeNullAccessor(value => $"Значение «{value}» недопустимо.");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"Значение «{value}» недопустимо.");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Указанное значение недопустимо.");
        messages.SetUnknownValueIsInvalidAccessor(field => $"Значение поля «{field}» недопустимо.");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "Значение должно быть числом.");
    }
}
