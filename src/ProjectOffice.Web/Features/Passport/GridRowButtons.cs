namespace ProjectOffice.Web.Features.Passport;

/// <summary>
/// The up / down / remove buttons of one row of an editable table (_GridRowButtons.cshtml). Target is the nested table
/// («result»), Path the row's indices as the command carries them («0:2»), What names the row for screen readers.
/// </summary>
public sealed record GridRowButtons(string Target, string Path, int Index, int Count, string What)
{
    public string Command(string verb) => (Target.Length == 0 ? verb : verb + "-" + Target) + ":" + Path;
}
