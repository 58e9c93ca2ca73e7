using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Data.Exchange;

/// <summary>
/// Dates of the exchange format («2021-03-11»), read by the portal's one date rule (<see cref="DateInput"/>): a date
/// outside the portal's years is refused at its JSON path, just as the editors and the plan XLSX refuse it.
/// </summary>
public sealed class ImportDateConverter : JsonConverter<DateOnly>
{
    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new ImportValueException("Недопустимая дата: нужна существующая дата в виде ГГГГ-ММ-ДД.");
        }

        return DateInput.RangeError(date) is { } outside ? throw new ImportValueException(outside) : date;
    }

    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}

/// <summary>A value the format refuses, with the Russian reason as its message; the serializer adds the path.</summary>
public sealed class ImportValueException(string message) : JsonException(message);
