namespace ProjectOffice.Web.Features.Layout;

/// <summary>An entry of a select list: the value posted and the text shown.</summary>
public sealed record ChoiceOption(string Value, string Text);
