using Microsoft.AspNetCore.Mvc;

namespace ProjectOffice.Web.Infrastructure.PageCache;

/// <summary>
/// A GET served by <see cref="ProjectPageCacheFilter"/>: a project page (route value «id») keyed by that project's
/// stamps, any other page (the project list, dashboards, portfolio) by the stamps of the whole database.
/// </summary>
public sealed class ProjectPageCacheAttribute() : TypeFilterAttribute(typeof(ProjectPageCacheFilter));
