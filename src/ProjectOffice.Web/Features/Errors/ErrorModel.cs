namespace ProjectOffice.Web.Features.Errors;

public sealed class ErrorModel
{
    public required int StatusCode { get; init; }

    /// <summary>The request's correlation id (X-Correlation-Id, in every log line of the request).</summary>
    public required string RequestId { get; init; }

    public string Title => StatusCode == 503 ? "Сервис временно недоступен" : $"Ошибка {StatusCode}";

    public string Message => StatusCode switch
    {
        400 => "Запрос не может быть обработан: проверьте введённые данные.",
        403 => "У вас нет прав на это действие.",
        404 => "Страница не найдена.",
        413 => "Файл или запрос слишком велик.",
        429 => "Слишком много запросов. Повторите попытку позже.",
        503 => "Сервис временно недоступен, попробуйте позже.",
        _ => "Произошла ошибка на сервере. Мы уже записали её; сообщите администратору номер запроса.",
    };
}
