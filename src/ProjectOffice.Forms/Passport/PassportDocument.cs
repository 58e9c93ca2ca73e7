using ProjectOffice.Domain.Projects;
using ProjectOffice.Forms.Annexes;

namespace ProjectOffice.Forms.Passport;

/// <summary>
/// The passport as the card shows it: the project as read, and the printed passport's model built from it (with the
/// national layout's annexes). The card renders the form's own components from these, so what the card says and what
/// the paper says are one model.
/// </summary>
public sealed record PassportDocument(Project Project, PassportFormData Passport, AnnexesFormData? Annexes);
