using System.Collections;
using System.Reflection;

namespace ProjectOffice.Web.Infrastructure;

/// <summary>
/// Replaces NUL and lone surrogates (<see cref="HostileText.Defuse"/>) in an action's bound arguments: strings, and the
/// string properties, string lists and nested forms of the portal's own form classes. Framework types are left alone.
/// </summary>
public static class HostileArguments
{
    private const int MaxDepth = 8;

    public static void Defuse(IDictionary<string, object?> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var key in arguments.Keys.ToList())
        {
            if (arguments[key] is string text)
            {
                arguments[key] = Defused(text);
            }
            else
            {
                Walk(arguments[key], 0, seen);
            }
        }
    }

    private static void Walk(object? value, int depth, HashSet<object> seen)
    {
        if (value is null || depth > MaxDepth || !seen.Add(value))
        {
            return;
        }

        if (value is IList list)
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i] is string text)
                {
                    if (!list.IsReadOnly)
                    {
                        list[i] = Defused(text);
                    }
                }
                else
                {
                    Walk(list[i], depth + 1, seen);
                }
            }

            return;
        }

        var type = value.GetType();
        if (!IsOurs(type))
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || !property.CanRead)
            {
                continue;
            }

            if (property.PropertyType == typeof(string))
            {
                if (property.CanWrite && property.GetValue(value) is string text && HostileText.IsHostile(text))
                {
                    property.SetValue(value, HostileText.Defuse(text));
                }
            }
            else if (!property.PropertyType.IsValueType)
            {
                Walk(property.GetValue(value), depth + 1, seen);
            }
        }
    }

    private static string Defused(string text) => HostileText.IsHostile(text) ? HostileText.Defuse(text) : text;

    private static bool IsOurs(Type type) => type.Namespace?.StartsWith("ProjectOffice.", StringComparison.Ordinal) == true;
}
