using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Data.Journal;
using ProjectOffice.Forms;
using ProjectOffice.Web.Features.Account;
using ProjectOffice.Web.Features.Forms;
using ProjectOffice.Web.Features.Mail;
using ProjectOffice.Web.Infrastructure.PageCache;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace ProjectOffice.Web.Infrastructure;

/// <summary>Everything the portal registers and the order of its middleware, in one place.</summary>
public static class PortalSetup
{
    public static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    public static void AddPortal(this WebApplicationBuilder builder)
    {
        CultureInfo.DefaultThreadCurrentCulture = Russian;
        CultureInfo.DefaultThreadCurrentUICulture = Russian;

        var config = builder.Configuration;
        builder.Services.AddSerilog((services, log) =>
        {
            // A failed SQL command surfaces as an exception and is logged where it is handled; EF's own
            // error line for it is noise (every fresh database "fails" to read __EFMigrationsHistory).
            log.ReadFrom.Configuration(config).Enrich.FromLogContext()
                .MinimumLevel.Override("Microsoft.EntityFrameworkCore.Database.Command", LogEventLevel.Fatal);
            if (config.GetValue<bool>("Portal:JsonLogs"))
            {
                log.WriteTo.Console(new RenderedCompactJsonFormatter());
            }
            else
            {
                log.WriteTo.Console(outputTemplate:
                    "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {CorrelationId}{NewLine}{Exception}",
                    formatProvider: CultureInfo.InvariantCulture);
            }
        });

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<IJournalUser, HttpJournalUser>();
        builder.Services.AddScoped<JournalInterceptor>();
        builder.Services.AddDbContext<AppDbContext>((services, options) => options
            // A project is loaded with several of its tables at once (indicators with values, actuals and breakdown…);
            // one query per table instead of their cartesian product. A hot page that joins a single table may say AsSingleQuery.
            .UseNpgsql(DatabaseStartup.ConnectionString(config), npgsql => npgsql.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
            .AddInterceptors(services.GetRequiredService<JournalInterceptor>()));

        builder.Services.AddIdentity<AppUser, IdentityRole>(options =>
            {
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = true;
                // Failed sign-ins no longer lock the account (anyone could lock the administrator out): SignInThrottle
                // limits them per name and client address. A lockout already on an account is still honoured.
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<RussianIdentityErrors>()
            .AddClaimsPrincipalFactory<FullNameClaimsFactory>();
        builder.Services.Configure<SignInThrottleOptions>(config.GetSection(SignInThrottleOptions.Section));
        builder.Services.AddSingleton<SignInThrottle>();
        builder.Services.AddScoped<AccountSeeder>();
        builder.Services.AddScoped<DemoProjectSeeder>();
        builder.Services.AddScoped<ProjectOffice.Web.Features.Reports.ReportPages>();

        builder.Services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.Cookie.Name = "ProjectOffice.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            // A refused action answers 403 with the Russian error page instead of a redirect,
            // so that a forged request is plainly refused.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                DisableErrorPageForApi(context.HttpContext);
                return Task.CompletedTask;
            };
            // Integrations calling /api get 401 to act on, not the HTML of the login page.
            options.Events.OnRedirectToLogin = context =>
            {
                if (!IsApi(context.HttpContext))
                {
                    return PortalTransport.RedirectToLoginRelative(context);
                }

                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                DisableErrorPageForApi(context.HttpContext);
                return Task.CompletedTask;
            };
        });

        builder.Services.AddDataProtection()
            .SetApplicationName("ProjectOffice")
            .PersistKeysToDbContext<AppDbContext>();

        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        builder.Services.AddPermissionPolicies();

        builder.Services.AddControllersWithViews(options =>
            {
                options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                options.Filters.Add<HostileInputFilter>();
                RussianModelBindingMessages.Apply(options.ModelBindingMessageProvider);
            })
            .AddRazorOptions(options =>
            {
                options.ViewLocationFormats.Clear();
                options.ViewLocationFormats.Add("/Features/{1}/{0}" + RazorViewEngine.ViewExtension);
                options.ViewLocationFormats.Add("/Features/Shared/{0}" + RazorViewEngine.ViewExtension);
                options.ViewLocationExpanders.Add(new FeatureFolderViewLocations());
            });
        builder.Services.AddSingleton<Microsoft.AspNetCore.Mvc.ViewFeatures.IHtmlGenerator, CheckBoxTolerantHtmlGenerator>();
        // Cyrillic stays as it is in the HTML instead of &#x...; entities.
        builder.Services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(options => options.ValueLengthLimit = BadInputMiddleware.MaxFormValueBytes);
        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "ProjectOffice.Antiforgery";
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;   // the framework's default is never Secure
        });

        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Russian);
            options.SupportedCultures = [Russian];
            options.SupportedUICultures = [Russian];
        });

        builder.AddPortalTransport();

        builder.Services.AddPortalCompression();

        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        builder.Services.AddPrintedForms(config);
        builder.Services.AddPortalLoadShedding();
        builder.Services.Configure<ProjectPageCacheOptions>(config.GetSection(ProjectPageCacheOptions.Section));
        builder.Services.AddSingleton<ProjectPageCache>();
        builder.Services.AddSingleton<PrintedFileCache>();
        builder.Services.AddPortalMail(config);
    }

    public static void UsePortal(this WebApplication app)
    {
        app.UsePortalTransport();
        app.UseMiddleware<CorrelationIdMiddleware>();
        app.UseSerilogRequestLogging(options =>
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} answered {StatusCode} in {Elapsed:0.0} ms");
        app.UsePortalErrorPages();
        // Inside the error pages: a refused body or form becomes 400/413 with the Russian page, not a 500.
        app.UseMiddleware<BadInputMiddleware>();
        app.UseMiddleware<NulTolerantFormsMiddleware>();
        app.UsePortalHttps();

        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseResponseCompression();
        app.UseRequestLocalization();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();

        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapControllers();
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    /// <summary>API clients read the status; the Russian HTML error page is for people.</summary>
    private static void DisableErrorPageForApi(HttpContext context)
    {
        if (IsApi(context))
        {
            context.Features.Get<IStatusCodePagesFeature>()?.Enabled = false;
        }
    }
}
