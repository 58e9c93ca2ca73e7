using Microsoft.AspNetCore.Mvc;

namespace ProjectOffice.Web.Infrastructure.PageCache;

/// <summary>A GET of a project page (route value «id») served by <see cref="ProjectPageCacheFilter"/>.</summary>
public sealed class ProjectPageCacheAttribute() : TypeFilterAttribute(typeof(ProjectPageCacheFilter));
