namespace ProjectOffice.Web.Infrastructure;

/// <summary>"This project", for resource-based authorization: <c>auth.AuthorizeAsync(User, new ProjectResource(id), Permissions.EditPassport)</c>.</summary>
public sealed record ProjectResource(int ProjectId);
